package vn.phoihop.events;

import java.time.Instant;
import java.util.UUID;

/** An assignment moved from one status to another. Keyed by {@code agencyCode}. */
public record TaskStatusChanged(
        UUID assignmentId,
        UUID planId,
        String agencyCode,
        String issuerCode,
        AssignmentStatus from,
        AssignmentStatus to,
        Instant changedAt) {
}
