package vn.phoihop.events;

import java.time.Instant;
import java.util.UUID;

/** A notification reached its recipient over one channel. Keyed by the recipient {@code agencyCode}. */
public record NotificationDelivered(
        UUID notificationId,
        String agencyCode,
        Channel channel,
        String recipient,
        int attempts,
        Instant deliveredAt) {
}
