package vn.phoihop.notification.delivery;

import io.quarkus.scheduler.Scheduled;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.phoihop.events.EventJson;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.NotificationDelivered;
import vn.phoihop.events.NotificationFailed;
import vn.phoihop.events.Topics;
import vn.phoihop.notification.assignment.Assignment;
import vn.phoihop.notification.notification.Notification;
import vn.phoihop.notification.stream.StreamNotifier;
import vn.phoihop.platform.outbox.Outbox;
import vn.phoihop.platform.time.ServiceClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends pending e-mails and webhooks. Rows are taken with {@code FOR UPDATE SKIP LOCKED}, so with several
 * instances each delivery is attempted by one of them at a time; its outcome (and the
 * NotificationDelivered/Failed event, via the outbox) commits with the row. A failure is retried with
 * exponential backoff; after the last attempt the delivery is FAILED (parked) until an admin replays it.
 */
@ApplicationScoped
public class DeliverySender {
    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    @Inject
    EntityManager em;

    @Inject
    ServiceClock clock;

    @Inject
    Outbox outbox;

    @Inject
    EmailChannel email;

    @Inject
    WebhookChannel webhook;

    @Inject
    MeterRegistry registry;

    @Inject
    StreamNotifier stream;

    @ConfigProperty(name = "phoihop.delivery.max-attempts", defaultValue = "5")
    int maxAttempts;

    @ConfigProperty(name = "phoihop.delivery.initial-backoff", defaultValue = "30s")
    Duration initialBackoff;

    @ConfigProperty(name = "phoihop.delivery.max-backoff", defaultValue = "1h")
    Duration maxBackoff;

    @ConfigProperty(name = "phoihop.delivery.batch-size", defaultValue = "10")
    int batchSize;

    @Scheduled(every = "${phoihop.delivery.poll-every:5s}", delayed = "${phoihop.delivery.start-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("delivery run failed; the next run retries", e);
        }
    }

    /** Sends what is due now; returns how many deliveries were attempted. */
    @Transactional
    @TransactionConfiguration(timeout = 300) // sends over the network while it holds the rows
    public int sendDue() {
        @SuppressWarnings("unchecked")
        List<Delivery> due = em.createNativeQuery("select * from delivery where status = 'PENDING' and next_attempt_at <= ?1"
                        + " order by next_attempt_at limit ?2 for update skip locked", Delivery.class)
                .setParameter(1, clock.now()).setParameter(2, batchSize).getResultList();
        for (Delivery d : due) {
            attempt(d);
        }
        return due.size();
    }

    private void attempt(Delivery d) {
        Notification n = Notification.findById(d.notificationId);
        d.attempts++;
        Instant now = clock.now();
        d.updatedAt = now;
        try {
            switch (d.channel) {
                case EMAIL -> email.send(d.recipient, n);
                case WEBHOOK -> webhook.send(d, n);
                case STREAM -> {
                    // told on commit when the notification was made
                }
            }
            d.status = Delivery.Status.SENT;
            d.sentAt = now;
            count(d, "sent");
            d.nextAttemptAt = null;
            d.lastError = null;
            outbox.publish(Topics.NOTIFICATION, d.agencyCode, EventTypes.NOTIFICATION_DELIVERED, d.agencyCode,
                    new NotificationDelivered(n.id, d.agencyCode, d.channel, d.recipient, d.attempts, now));
        } catch (Exception e) {
            d.lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (d.attempts >= maxAttempts) {
                d.status = Delivery.Status.FAILED;
                count(d, "failed");
                d.nextAttemptAt = null;
                NotificationFailed failed = new NotificationFailed(n.id, d.agencyCode, d.channel, d.recipient, d.attempts, d.lastError, now);
                outbox.publish(Topics.NOTIFICATION, d.agencyCode, EventTypes.NOTIFICATION_FAILED, d.agencyCode, failed);
                tellIssuer(n, failed);
                LOG.warnf("delivery %s (%s to %s) failed after %d attempts: %s", d.id, d.channel, d.recipient,
                        d.attempts, d.lastError);
            } else {
                count(d, "retried");
                d.nextAttemptAt = now.plus(backoff(d.attempts));
            }
        }
    }

    /** A failed delivery about an assignment also shows on its issuer's live stream, with the plan and assignment it concerns. */
    private void tellIssuer(Notification n, NotificationFailed failed) {
        if (n.assignmentId == null) {
            return;
        }
        Assignment a = Assignment.findById(n.assignmentId);
        if (a != null) {
            com.fasterxml.jackson.databind.node.ObjectNode data = (com.fasterxml.jackson.databind.node.ObjectNode) EventJson.tree(failed);
            data.put("planId", String.valueOf(a.planId));
            data.put("assignmentId", String.valueOf(a.assignmentId));
            data.put("title", n.title);
            stream.issuer(a.issuerCode, EventTypes.NOTIFICATION_FAILED, data);
        }
    }

    private void count(Delivery d, String outcome) {
        registry.counter("phoihop.deliveries", "channel", d.channel.name(), "outcome", outcome).increment();
    }

    /** initial × 2^(attempts−1), at most the maximum. */
    Duration backoff(int attempts) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
