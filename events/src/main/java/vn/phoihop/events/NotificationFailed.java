package vn.phoihop.events;

import java.time.Instant;
import java.util.UUID;

/** A notification could not be delivered after its last attempt and was parked. Keyed by {@code agencyCode}. */
public record NotificationFailed(
        UUID notificationId,
        String agencyCode,
        Channel channel,
        String recipient,
        int attempts,
        String error,
        Instant failedAt) {
}
