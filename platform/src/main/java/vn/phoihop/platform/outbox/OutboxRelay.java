package vn.phoihop.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.phoihop.events.CloudEventHeaders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to Kafka as CloudEvents (binary mode) and deletes them once the broker has
 * acknowledged. A PostgreSQL advisory lock lets one relay of a service work at a time, so events of one
 * key leave in the order they were written even with several instances; the rows are also locked
 * with {@code FOR UPDATE SKIP LOCKED}. A crash after sending and before the delete sends a row again:
 * consumers are idempotent on the event id, so that is harmless. Nothing is ever lost.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x0B0B_0001L;

    @Inject
    EntityManager em;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "phoihop.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "phoihop.outbox.send-timeout-seconds", defaultValue = "30")
    int sendTimeoutSeconds;

    @Inject
    MeterRegistry registry;

    private volatile KafkaProducer<String, String> producer;

    @Scheduled(every = "${phoihop.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void relay() throws Exception {
        Boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = em.createNativeQuery(
                        "select * from outbox_event order by id limit :n for update skip locked", OutboxEvent.class)
                .setParameter("n", batchSize).getResultList();
        if (batch.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        try {
            for (OutboxEvent event : batch) {
                acks.add(producer().send(toRecord(event)));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(sendTimeoutSeconds, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            // The rows stay (the transaction rolls back) and go again on the next tick, with a fresh
            // producer: one whose sequence state went wrong would otherwise fail every batch until the
            // delivery timeout. Consumers skip what was in fact delivered twice.
            discardProducer();
            throw e;
        }
        List<Long> ids = batch.stream().map(e -> e.id).toList();
        em.createQuery("delete from OutboxEvent e where e.id in :ids").setParameter("ids", ids).executeUpdate();
        published().increment(batch.size());
        LOG.debugf("relayed %d events", batch.size());
    }

    private Counter published() {
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
                    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
                    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
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
            producer.close(java.time.Duration.ZERO);
            producer = null;
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
