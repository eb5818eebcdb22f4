package vn.phoihop.notification.delivery;

import vn.phoihop.events.Channel;

import java.time.Instant;
import java.util.UUID;

/** A line of the delivery log. */
public record DeliveryView(UUID id, UUID notificationId, String agencyCode, Channel channel, String recipient,
                           Delivery.Status status, int attempts, String lastError, Instant createdAt,
                           Instant updatedAt, Instant sentAt, Instant nextAttemptAt) {
    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id, d.notificationId, d.agencyCode, d.channel, d.recipient, d.status, d.attempts,
                d.lastError, d.createdAt, d.updatedAt, d.sentAt, d.nextAttemptAt);
    }
}
