package vn.phoihop.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The deadline of an assignment passed with nothing submitted (quá hạn). Keyed by {@code agencyCode}. */
public record TaskOverdue(
        UUID assignmentId,
        UUID planId,
        String agencyCode,
        String issuerCode,
        LocalDate deadline,
        Instant detectedAt) {
}
