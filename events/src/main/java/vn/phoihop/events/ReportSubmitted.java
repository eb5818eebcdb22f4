package vn.phoihop.events;

import java.time.Instant;
import java.util.UUID;

/** An agency submitted a report (báo cáo) for one of its assignments. Keyed by {@code agencyCode}. */
public record ReportSubmitted(
        UUID reportId,
        UUID assignmentId,
        UUID planId,
        String agencyCode,
        String issuerCode,
        String summary,
        Instant submittedAt) {
}
