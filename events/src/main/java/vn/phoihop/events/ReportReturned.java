package vn.phoihop.events;

import java.time.Instant;
import java.util.UUID;

/** The receiver returned a report for revision, with a comment. Keyed by the reporting {@code agencyCode}. */
public record ReportReturned(
        UUID reportId,
        UUID assignmentId,
        UUID planId,
        String agencyCode,
        String issuerCode,
        int revision,
        String reviewerCode,
        String comment,
        Instant returnedAt) {
}
