package vn.phoihop.platform.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a report is due (tần suất báo cáo), with the data windows of
 * Nghị định 09/2019/NĐ-CP art. 12 (thời gian chốt số liệu):
 * <ul>
 * <li>monthly (hằng tháng): 15th of the previous month to the 14th of the month;</li>
 * <li>quarterly (hằng quý): 15th of the month before the quarter to the 14th of the quarter's last month;</li>
 * <li>half-yearly (6 tháng): 15/12 of the previous year to 14/06, and 15/06 to 14/12;</li>
 * <li>nine months (9 tháng): 15/12 of the previous year to 14/09, one period a year;</li>
 * <li>yearly (hằng năm): 15/12 of the previous year to 14/12.</li>
 * </ul>
 */
public enum ReportingFrequency {
    MONTHLY(1),
    QUARTERLY(3),
    HALF_YEARLY(6),
    /** Báo cáo 9 tháng: the first nine months of a year, once a year. */
    NINE_MONTHS(9),
    YEARLY(12);

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final int months;

    ReportingFrequency(int months) {
        this.months = months;
    }

    /**
     * Every period of the plan {@code planFrom..planTo} (both inclusive), in order: each period
     * whose month/quarter/half-year/year (the one it is named after, which holds its cut-off day)
     * overlaps the plan. Its data window starts on the 15th of the month before, so the first
     * window reaches back before the plan: a 2021–2025 plan gives Quý I/2021 (2020-12-15..2021-03-14)
     * to Quý IV/2025 (2025-09-15..2025-12-14), 20 periods, and not Quý I/2026 although that window
     * starts on 2025-12-15.
     */
    public List<ReportingPeriod> periods(LocalDate planFrom, LocalDate planTo) {
        if (planTo.isBefore(planFrom)) {
            throw new IllegalArgumentException("planTo " + planTo + " is before planFrom " + planFrom);
        }
        List<ReportingPeriod> result = new ArrayList<>();
        if (this == NINE_MONTHS) {
            // January to September of each year the plan reaches into before October
            for (int year = planFrom.getYear(); year <= planTo.getYear(); year++) {
                boolean overlaps = !LocalDate.of(year, 9, 30).isBefore(planFrom) && !LocalDate.of(year, 1, 1).isAfter(planTo);
                if (overlaps) {
                    result.add(period(LocalDate.of(year, 9, 14)));
                }
            }
            return result;
        }
        // first day of the month/quarter/half/year that contains planFrom
        int firstMonth = ((planFrom.getMonthValue() - 1) / months) * months + 1;
        for (LocalDate start = LocalDate.of(planFrom.getYear(), firstMonth, 1);
                !start.isAfter(planTo);
                start = start.plusMonths(months)) {
            result.add(period(start.plusMonths(months - 1).withDayOfMonth(14)));
        }
        return result;
    }

    /** The period whose cut-off day (ngày chốt số liệu) is the 14th of the given month, which must end a period. */
    public ReportingPeriod period(LocalDate cutOff) {
        if (cutOff.getDayOfMonth() != 14 || cutOff.getMonthValue() % months != 0
                || (this == NINE_MONTHS && cutOff.getMonthValue() != 9)) {
            throw new IllegalArgumentException(cutOff + " is not a " + this + " cut-off day");
        }
        LocalDate dataFrom = cutOff.minusMonths(months).plusDays(1);
        return new ReportingPeriod(label(cutOff), dataFrom, cutOff);
    }

    private String label(LocalDate cutOff) {
        int year = cutOff.getYear();
        int month = cutOff.getMonthValue();
        return switch (this) {
            case MONTHLY -> "Tháng " + month + "/" + year;
            case QUARTERLY -> "Quý " + ROMAN[month / 3 - 1] + "/" + year;
            case HALF_YEARLY -> (month == 6 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case NINE_MONTHS -> "9 tháng đầu năm " + year;
            case YEARLY -> "Năm " + year;
        };
    }
}
