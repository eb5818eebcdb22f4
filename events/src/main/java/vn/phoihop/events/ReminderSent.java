package vn.phoihop.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reminder about an assignment was sent. Keyed by the recipient {@code agencyCode}.
 *
 * @param workingDaysLeft working days to the deadline (negative when late)
 */
public record ReminderSent(
        UUID reminderId,
        UUID assignmentId,
        UUID planId,
        String agencyCode,
        String issuerCode,
        ReminderKind kind,
        LocalDate deadline,
        int workingDaysLeft,
        Instant sentAt) {
}
