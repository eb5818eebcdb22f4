package vn.phoihop.notification.notification;

import java.time.Instant;
import java.util.UUID;

/** A notification as the agency reads it. */
public record NotificationView(UUID id, String agencyCode, Notification.Kind kind, String title, String body,
                               UUID planId, UUID assignmentId, Instant createdAt) {
    public static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.agencyCode, n.kind, n.title, n.body, n.planId, n.assignmentId, n.createdAt);
    }
}
