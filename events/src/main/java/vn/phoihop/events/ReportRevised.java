package vn.phoihop.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An agency submitted a new revision of a report that was not yet accepted (for instance after it was
 * returned). The revision replaces the previous one in consolidation. Keyed by {@code agencyCode}.
 */
public record ReportRevised(
        UUID reportId,
        UUID assignmentId,
        UUID planId,
        String agencyCode,
        String issuerCode,
        int revision,
        String summary,
        Map<String, BigDecimal> indicators,
        boolean late,
        Instant revisedAt) {
}
