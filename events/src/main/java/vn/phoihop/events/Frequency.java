package vn.phoihop.events;

/** Reporting period of a periodic obligation; data windows follow Decree 09/2019/NĐ-CP art. 12
 * (NINE_MONTHS: báo cáo 9 tháng, 15/12 of the previous year to 14/09). */
public enum Frequency {
    MONTHLY, QUARTERLY, HALF_YEARLY, NINE_MONTHS, YEARLY
}
