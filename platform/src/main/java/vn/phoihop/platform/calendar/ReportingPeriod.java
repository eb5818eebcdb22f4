package vn.phoihop.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One reporting period (kỳ báo cáo) with its data window (thời gian chốt số liệu) per
 * Nghị định 09/2019/NĐ-CP art. 12, e.g. "Quý II/2020" = 2020-03-15..2020-06-14.
 *
 * @param label    Vietnamese label, e.g. "Tháng 3/2021", "Quý II/2020", "6 tháng đầu năm 2022", "Năm 2023"
 * @param dataFrom first day of the data window (inclusive)
 * @param dataTo   cut-off day (ngày chốt số liệu, inclusive)
 */
public record ReportingPeriod(String label, LocalDate dataFrom, LocalDate dataTo) {

    public ReportingPeriod {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(dataFrom, "dataFrom");
        Objects.requireNonNull(dataTo, "dataTo");
        if (dataTo.isBefore(dataFrom)) {
            throw new IllegalArgumentException("dataTo " + dataTo + " is before dataFrom " + dataFrom);
        }
    }

    /** Whether the data window shares at least one day with {@code from..to} (both inclusive). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !dataFrom.isAfter(to) && !dataTo.isBefore(from);
    }
}
