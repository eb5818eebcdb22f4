package vn.phoihop.notification.delivery;

import io.quarkus.scheduler.Scheduled;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends pending e-mails and webhooks, in batches while rows are due, each batch's network calls concurrently
 * ({@code phoihop.delivery.concurrency}). Rows are taken with {@code FOR UPDATE SKIP LOCKED}, so with several
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

    @ConfigProperty(name = "phoihop.delivery.batch-size", defaultValue = "100")
    int batchSize;

    /** E-mails and webhook calls of one batch in flight at once: a slow agency server does not hold the others. */
    @ConfigProperty(name = "phoihop.delivery.concurrency", defaultValue = "16")
    int concurrency;

    /**
     * The longest a batch waits for one send: a send with no answer by then counts as a failed attempt (retried
     * after the backoff, with the same Message-ID), so one hung connection does not hold the rest of the morning.
     */
    @ConfigProperty(name = "phoihop.delivery.send-timeout", defaultValue = "15s")
    Duration sendTimeout;

    private ExecutorService network;

    @PostConstruct
    void startNetwork() {
        AtomicInteger n = new AtomicInteger();
        network = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "delivery-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stopNetwork() {
        network.shutdownNow();
    }

    @Scheduled(every = "${phoihop.delivery.poll-every:5s}", delayed = "${phoihop.delivery.start-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            while (sendDue() == batchSize) {
                // a full batch: more may be due (a reminder morning makes thousands at once)
            }
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
        // what needs the database is read here, in this transaction; the network part of the batch runs at once
        List<Notification> notifications = new ArrayList<>(due.size());
        List<Future<?>> sent = new ArrayList<>(due.size());
        for (Delivery d : due) {
            Notification n = Notification.findById(d.notificationId);
            notifications.add(n);
            Future<?> sending;
            try {
                Sending s = switch (d.channel) {
                    case EMAIL -> email.prepare(d.recipient, n);
                    case WEBHOOK -> webhook.prepare(d, n);
                    case STREAM -> () -> {
                        // told on commit when the notification was made
                    };
                };
                sending = network.submit(() -> {
                    s.run();
                    return null;
                });
            } catch (RuntimeException e) {
                sending = CompletableFuture.failedFuture(e);
            }
            sent.add(sending);
        }
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        for (int i = 0; i < due.size(); i++) {
            Exception failure = null;
            try {
                sent.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                failure = e.getCause() instanceof Exception cause ? cause : e;
            } catch (TimeoutException e) {
                sent.get(i).cancel(true);
                failure = new TimeoutException("no answer within " + sendTimeout.toSeconds() + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
            }
            outcome(due.get(i), notifications.get(i), failure);
        }
        return due.size();
    }

    private void outcome(Delivery d, Notification n, Exception failure) {
        d.attempts++;
        Instant now = clock.now();
        d.updatedAt = now;
        try {
            if (failure != null) {
                throw failure;
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
