package vn.phoihop.events;

import java.time.Instant;
import java.util.UUID;

/** The receiver accepted a report (revision {@code revision}). Keyed by the reporting {@code agencyCode}. */
public record ReportAccepted(
        UUID reportId,
        UUID assignmentId,
        UUID planId,
        String agencyCode,
        String issuerCode,
        int revision,
        String reviewerCode,
        String comment,
        Instant acceptedAt) {
}
