package vn.phoihop.events;

/** Reporting period of a periodic obligation; data windows follow Decree 09/2019/NĐ-CP art. 12. */
public enum Frequency {
    MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY
}
