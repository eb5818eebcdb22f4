package vn.phoihop.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An assignment's deadline moved (plan amended). Keyed by {@code agencyCode}. */
public record TaskRescheduled(
        UUID assignmentId,
        UUID planId,
        String agencyCode,
        String issuerCode,
        LocalDate from,
        LocalDate to,
        Instant rescheduledAt) {
}
