package vn.phoihop.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An agency submitted a report (báo cáo) for one of its assignments. Keyed by {@code agencyCode}.
 *
 * @param revision   1 for the first submission
 * @param indicators indicator code → value (a yes/no indicator is 1 or 0)
 * @param late       submitted after the assignment's deadline
 */
public record ReportSubmitted(
        UUID reportId,
        UUID assignmentId,
        UUID planId,
        String agencyCode,
        String issuerCode,
        String summary,
        Instant submittedAt,
        Integer revision,
        Map<String, BigDecimal> indicators,
        Boolean late) {

    public ReportSubmitted(UUID reportId, UUID assignmentId, UUID planId, String agencyCode, String issuerCode,
                           String summary, Instant submittedAt) {
        this(reportId, assignmentId, planId, agencyCode, issuerCode, summary, submittedAt, 1, Map.of(), false);
    }
}
