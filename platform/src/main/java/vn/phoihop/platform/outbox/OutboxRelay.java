package vn.phoihop.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.phoihop.events.CloudEventHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes outbox rows to Kafka as CloudEvents (binary mode) and deletes them once the broker has
 * acknowledged them (idempotent producer, {@code acks=all}).
 *
 * <ul>
 *   <li><b>Order.</b> Rows leave in the commit order of the transactions that wrote them, then in id order
 *       within a transaction (see {@code V31_1__outbox_commit_order.sql}), so the events of one key reach the
 *       broker in the order their state changes committed.</li>
 *   <li><b>One relay at a time.</b> A PostgreSQL advisory lock lets one instance of a service relay at a time
 *       (rows are also locked {@code FOR UPDATE SKIP LOCKED}); each row is published once per successful round.
 *       A crash after sending and before the delete sends a row again: consumers are idempotent on the event id.</li>
 *   <li><b>Throughput.</b> While rows remain it drains batch after batch without waiting for the next poll;
 *       a batch is handed to the producer at once, which groups it per partition (linger, batch size).</li>
 *   <li><b>Nothing blocks the rest.</b> A row too large for the broker is parked at once (it can never be
 *       sent). A row the broker refuses for another reason is retried in later rounds while the rows of its
 *       key wait behind it; after {@code phoihop.outbox.max-attempts} it is parked and its key flows again.
 *       Parked rows are listed at {@code GET /admin/outbox/parked}, counted in metrics and logged.</li>
 *   <li><b>Broker down.</b> When the broker takes nothing, nothing is counted against the rows: they wait,
 *       and the next round starts with a fresh producer.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x0B0B_0001L;

    @Inject
    EntityManager em;

    @Inject
    OutboxParking parking;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "phoihop.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "phoihop.outbox.send-timeout-seconds", defaultValue = "30")
    int sendTimeoutSeconds;

    @ConfigProperty(name = "phoihop.outbox.max-attempts", defaultValue = "5")
    int maxAttempts;

    @ConfigProperty(name = "phoihop.outbox.linger-ms", defaultValue = "5")
    int lingerMs;

    @ConfigProperty(name = "phoihop.outbox.producer-batch-bytes", defaultValue = "262144")
    int producerBatchBytes;

    @Inject
    MeterRegistry registry;

    private volatile KafkaProducer<String, String> producer;

    /** What one round did. */
    record Round(int published, boolean more) {
        static final Round NOTHING = new Round(0, false);
    }

    @Scheduled(every = "${phoihop.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        relayPending();
    }

    /**
     * Relays until the outbox is drained, the broker is in trouble, or another instance holds the relay.
     * Returns how many events were published.
     */
    public int relayPending() {
        int total = 0;
        try {
            while (true) {
                Round round = QuarkusTransaction.requiringNew().call(this::relayBatch);
                total += round.published();
                if (!round.more()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            // database gone or the transaction failed: the rows stay and go on the next tick
            LOG.warnf("outbox relay round failed, will retry: %s%s", e.toString(),
                    e.getCause() == null ? "" : " (" + e.getCause() + ")");
        }
        parking.refreshGauges();
        return total;
    }

    Round relayBatch() {
        Boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return Round.NOTHING;
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> rows = em.createNativeQuery("""
                        select e.* from outbox_event e join outbox_commit c on c.xid = e.xid
                        order by c.seq, e.id limit :n for update of e skip locked""", OutboxEvent.class)
                .setParameter("n", batchSize).getResultList();
        if (rows.isEmpty()) {
            return Round.NOTHING;
        }
        // a row that failed before goes first of its key; the rows of its key behind it wait for it
        Set<String> waiting = new HashSet<>();
        List<OutboxEvent> batch = new ArrayList<>(rows.size());
        for (OutboxEvent row : rows) {
            String key = row.topic + '\u0000' + row.key;
            if (waiting.contains(key)) {
                continue;
            }
            if (row.attempts > 0) {
                waiting.add(key);
            }
            batch.add(row);
        }

        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        KafkaProducer<String, String> kafka = producer();
        for (OutboxEvent row : batch) {
            acks.add(send(kafka, row));
        }
        List<Long> published = new ArrayList<>(batch.size());
        List<OutboxEvent> refused = new ArrayList<>();
        List<Throwable> reasons = new ArrayList<>();
        boolean brokerTrouble = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(sendTimeoutSeconds);
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent row = batch.get(i);
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                published.add(row.id);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException) {
                    parking.park(row, row.attempts + 1, "too large for the broker ("
                            + row.payload.getBytes(StandardCharsets.UTF_8).length + " bytes of data): " + cause.getMessage());
                } else {
                    if (cause instanceof RetriableException || !(cause instanceof KafkaException)) {
                        brokerTrouble = true;
                    }
                    refused.add(row);
                    reasons.add(cause);
                }
            } catch (TimeoutException e) {
                brokerTrouble = true;
                refused.add(row);
                reasons.add(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the broker", e);
            }
        }
        // A refusal counts against a row when it is the row's own (not retriable), or when the broker took
        // other rows of the same round; when the broker took nothing, it is the broker's trouble, not the row's.
        boolean brokerWorks = !published.isEmpty();
        for (int i = 0; i < refused.size(); i++) {
            Throwable reason = reasons.get(i);
            boolean rowsFault = brokerWorks || (reason instanceof KafkaException && !(reason instanceof RetriableException));
            if (rowsFault) {
                parking.refusedOnce(refused.get(i), reason.toString(), maxAttempts);
            }
        }
        if (brokerTrouble) {
            // one whose sequence state went wrong would otherwise fail every batch until the delivery timeout
            discardProducer();
            LOG.warnf("outbox relay: the broker took %d of %d events (%s); the rest wait for the next round",
                    published.size(), batch.size(), reasons.isEmpty() ? "?" : reasons.get(0).toString());
        }
        if (!published.isEmpty()) {
            em.createNativeQuery("delete from outbox_event where id = any(cast(:ids as bigint[]))")
                    .setParameter("ids", published.toArray(Long[]::new)).executeUpdate();
            publishedCounter().increment(published.size());
        }
        parking.forgetFinishedCommits(batch.stream().map(row -> row.xid).distinct().toList());
        LOG.debugf("relayed %d events", published.size());
        return new Round(published.size(), !brokerTrouble && rows.size() == batchSize && !published.isEmpty());
    }

    private static Future<RecordMetadata> send(KafkaProducer<String, String> kafka, OutboxEvent row) {
        try {
            return kafka.send(toRecord(row));
        } catch (KafkaException e) {
            // raised in the caller's thread (metadata not available in time, producer closed …)
            return CompletableFuture.failedFuture(e);
        }
    }

    private Counter publishedCounter() {
        return Counter.builder("phoihop.outbox.published").description("Events the outbox relay published to Kafka")
                .register(registry);
    }

    static ProducerRecord<String, String> toRecord(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, event.eventId.toString());
        header(headers, CloudEventHeaders.TYPE, event.type);
        header(headers, CloudEventHeaders.SOURCE, event.source);
        header(headers, CloudEventHeaders.TIME, event.occurredAt.toString());
        if (event.subject != null) {
            header(headers, CloudEventHeaders.SUBJECT, event.subject);
        }
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (event.traceparent != null) {
            // the trace continues in every consumer (W3C Trace Context over Kafka headers)
            header(headers, "traceparent", event.traceparent);
        }
        return new ProducerRecord<>(event.topic, null, event.key, event.payload, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> config = new HashMap<>(kafkaConfig);
                    config.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox");
                    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    config.put(ProducerConfig.ACKS_CONFIG, "all");
                    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5); // ordered with idempotence
                    config.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
                    config.put(ProducerConfig.BATCH_SIZE_CONFIG, producerBatchBytes);
                    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(10_000, sendTimeoutSeconds * 500)); // within the delivery timeout
                    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, sendTimeoutSeconds * 1000);
                    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeoutSeconds * 1000L);
                    producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    private synchronized void discardProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
