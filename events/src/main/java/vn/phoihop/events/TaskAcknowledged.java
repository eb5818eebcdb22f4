package vn.phoihop.events;

import java.time.Instant;
import java.util.UUID;

/** The agency confirmed receipt (đã tiếp nhận) of its assignment. Keyed by {@code agencyCode}. */
public record TaskAcknowledged(
        UUID assignmentId,
        UUID planId,
        String agencyCode,
        String issuerCode,
        Instant acknowledgedAt) {
}
