package vn.phoihop.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.phoihop.events.Channel;
import vn.phoihop.notification.contact.AgencyContact;
import vn.phoihop.notification.notification.Notification;
import vn.phoihop.notification.stream.StreamNotifier;
import vn.phoihop.platform.time.ServiceClock;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Fans a new notification out to the agency's channels, in the transaction that made it: an e-mail per
 * address and the webhook become PENDING deliveries that {@link DeliverySender} sends; the live stream
 * is told on commit (PostgreSQL NOTIFY reaches every instance) and logged as sent.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Deliveries {
    @Inject
    ServiceClock clock;

    @Inject
    StreamNotifier stream;

    public void fanOut(Notification n) {
        AgencyContact contact = AgencyContact.findById(n.agencyCode);
        if (contact != null) {
            if (contact.emailEnabled) {
                for (String address : recipients(n, contact)) {
                    add(n, Channel.EMAIL, address, Delivery.Status.PENDING);
                }
            }
            if (contact.webhookEnabled && contact.webhookUrl != null && contact.webhookSecret != null) {
                add(n, Channel.WEBHOOK, contact.webhookUrl, Delivery.Status.PENDING);
            }
        }
        stream.agency(n);
        add(n, Channel.STREAM, "stream", Delivery.Status.SENT);
    }

    /** An urging notice (đôn đốc) is addressed to the agency's head, with the agency's own addresses. */
    private static Set<String> recipients(Notification n, AgencyContact contact) {
        Set<String> to = new LinkedHashSet<>();
        if (n.kind == Notification.Kind.ESCALATION && contact.headEmail != null) {
            to.add(contact.headEmail);
        }
        to.addAll(contact.emailList());
        return to;
    }

    private void add(Notification n, Channel channel, String recipient, Delivery.Status status) {
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.notificationId = n.id;
        d.agencyCode = n.agencyCode;
        d.channel = channel;
        d.recipient = recipient;
        d.status = status;
        d.createdAt = clock.now();
        d.updatedAt = d.createdAt;
        if (status == Delivery.Status.PENDING) {
            d.nextAttemptAt = d.createdAt;
        } else {
            d.attempts = 1;
            d.sentAt = d.createdAt;
        }
        d.persist();
    }
}
