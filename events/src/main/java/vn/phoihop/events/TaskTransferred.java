package vn.phoihop.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An open assignment moved to a successor agency after a reorganisation; its history keeps the old agency.
 * Keyed by the new {@code agencyCode}.
 */
public record TaskTransferred(
        UUID assignmentId,
        UUID planId,
        String fromAgencyCode,
        String agencyCode,
        String issuerCode,
        LocalDate effectiveOn,
        Instant transferredAt) {
}
