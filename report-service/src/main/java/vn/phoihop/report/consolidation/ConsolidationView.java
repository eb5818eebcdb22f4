package vn.phoihop.report.consolidation;

import vn.phoihop.report.indicator.IndicatorType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The consolidated report (báo cáo tổng hợp) of a plan, the plans that implement it, and one period.
 *
 * @param plans       the plan and every plan below it in the plan tree whose reports are counted
 * @param indicators  each indicator's total (amounts summed, percentages averaged) and per-agency values
 * @param units       per agency: its own values and the values rolled up from the agencies below it
 * @param coverage    communes reached out of the communes in the directory
 * @param targets     progress against the plan's targets
 * @param notReported who has not reported, overdue first
 */
public record ConsolidationView(
        UUID planId, String planNumber, String subject, String issuerCode, String issuerName, String periodKey,
        String periodLabel, List<UUID> plans, int expected, int reported, List<IndicatorTotal> indicators,
        List<Unit> units, Coverage coverage, List<TargetProgress> targets, List<Missing> notReported,
        Instant computedAt) {

    /** @param aggregate SUM or AVERAGE (percentages) */
    public record IndicatorTotal(String code, String name, String unit, IndicatorType type, String aggregate,
                                 BigDecimal total, int agencies, Map<String, BigDecimal> byAgency) {
    }

    /**
     * @param reports  reports counted for this agency itself
     * @param communes communes (xã, phường, thị trấn) in the directory below this agency
     */
    public record Unit(String agencyCode, String name, String parentCode, int reports, int lateReports,
                       List<String> statuses, long communes, Map<String, BigDecimal> own,
                       Map<String, BigDecimal> rolledUp) {
    }

    /** @param communes null when the directory knows no commune */
    public record Coverage(String indicatorCode, BigDecimal reached, Long communes, BigDecimal percent) {
    }

    /** @param percentOfGoal actual / goal × 100, null when not measurable */
    public record TargetProgress(String indicatorCode, String description, BigDecimal goal, String unit,
                                 BigDecimal actual, BigDecimal percentOfGoal) {
    }

    public record Missing(String agencyCode, String name, UUID assignmentId, String planNumber, String taskTitle,
                          LocalDate deadline, boolean overdue) {
    }
}
