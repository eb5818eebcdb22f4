package vn.phoihop.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.InvalidEventException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Applies one Kafka record the same way for every consumer, and sorts failures in two kinds:
 * <ul>
 *   <li><b>poison</b>: the record does not parse, breaks its type's JSON Schema, has a type that no contract
 *   knows, or a handler rejects it as impossible ({@link ImpossibleEventException}). It can never succeed,
 *   so it is thrown: the connector's {@code dead-letter-queue} failure strategy sends it to the service's
 *   dead-letter topic with the reason, and the partition moves on.</li>
 *   <li><b>transient</b>: anything else (database down, connection lost, lock or statement timeout,
 *   serialization failure, optimistic-lock conflict, broker unavailable …). It is retried here, each attempt
 *   in a new transaction, with exponential backoff, for as long as it takes. The method does not return in
 *   the meantime, so the record is neither acknowledged nor skipped: its channel waits (the connector pauses
 *   the partitions and keeps polling, so the consumer stays in its group) and order per key holds.
 *   {@link ConsumerHealth} shows the consumer as retrying, with the reason.</li>
 * </ul>
 * A contract type this consumer registered no handler for is another consumer's business: acknowledged and
 * ignored.
 */
@ApplicationScoped
public class EventProcessor {
    private static final Logger LOG = Logger.getLogger(EventProcessor.class);

    @Inject
    ConsumerHealth health;

    @Inject
    MeterRegistry registry;

    @Inject
    EventTracing tracing;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "phoihop.consumer.retry.initial-delay", defaultValue = "PT0.2S")
    Duration initialDelay;

    @ConfigProperty(name = "phoihop.consumer.retry.max-delay", defaultValue = "PT30S")
    Duration maxDelay;

    private volatile boolean stopping;

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** What one consumer asks of the processor: its name, handlers, idempotency check and transaction sizes. */
    public record Settings(String consumer, EventHandlers handlers, Predicate<ReceivedEvent> firstDelivery,
                           int timeoutSeconds, int recordsPerTransaction) {
    }

    /** A record that parsed and has a handler here: ready to apply. */
    private record Parsed(int index, ConsumerRecord<String, String> record, ReceivedEvent event,
                          EventHandlers.Handler<?> handler, Object payload) {
    }

    /**
     * Applies the records of one poll in order. Fast path: up to {@code recordsPerTransaction} records in one
     * transaction (one commit for many events instead of one each). When such a transaction fails, its records
     * are applied again one by one, each in its own transaction, and sorted as {@link #process} sorts them:
     * transient failures retried in place, poison handed to {@code poison} with its index in {@code records}
     * (the caller fails that record alone, so it goes to the dead-letter topic) while the others are applied.
     */
    public void processBatch(Settings settings, List<ConsumerRecord<String, String>> records,
                             BiConsumer<Integer, RuntimeException> poison) {
        List<Parsed> ready = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                Parsed parsed = parse(settings.consumer(), i, records.get(i), settings.handlers());
                if (parsed != null) {
                    ready.add(parsed);
                }
            } catch (PoisonEventException e) {
                poison.accept(i, e);
            }
        }
        int size = Math.max(1, settings.recordsPerTransaction());
        for (int from = 0; from < ready.size(); from += size) {
            List<Parsed> chunk = ready.subList(from, Math.min(ready.size(), from + size));
            if (chunk.size() > 1 && appliedTogether(settings, chunk)) {
                continue;
            }
            for (Parsed one : chunk) {
                try {
                    tracing.inContext(one.record(), settings.consumer(), one.event(), () -> applyUntilDone(settings.consumer(),
                            one.record(), one.event(), one.handler(), one.payload(), settings.handlers(),
                            settings.firstDelivery(), settings.timeoutSeconds()));
                } catch (PoisonEventException e) {
                    poison.accept(one.index(), e);
                }
            }
        }
    }

    /** Applies one record: returns when it is applied (or ignored), throws {@link PoisonEventException} for poison. */
    public void process(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers,
                        Predicate<ReceivedEvent> firstDelivery, int timeoutSeconds) {
        Parsed parsed = parse(consumer, 0, record, handlers);
        if (parsed != null) {
            tracing.inContext(record, consumer, parsed.event(), () -> applyUntilDone(consumer, record, parsed.event(),
                    parsed.handler(), parsed.payload(), handlers, firstDelivery, timeoutSeconds));
        }
    }

    /** The record's event and payload; null for a known type this consumer has no use for; poison otherwise. */
    private Parsed parse(String consumer, int index, ConsumerRecord<String, String> record, EventHandlers handlers) {
        try {
            ReceivedEvent event = ReceivedEvent.from(record);
            EventHandlers.Handler<?> handler = handlers.forType(event.type());
            if (handler == null) {
                if (!EventTypes.PAYLOADS.containsKey(event.type())) {
                    throw new InvalidEventException(event.type(), List.of("unknown event type " + event.type()));
                }
                return null; // a known event that this consumer has no use for
            }
            return new Parsed(index, record, event, handler, event.payload(handler.payloadType()));
        } catch (InvalidEventException | IllegalArgumentException e) {
            throw poison(consumer, record, e);
        }
    }

    /**
     * The fast path: every record of the chunk in one transaction, each in its own consumer span. False when
     * anything failed: the transaction rolled back and the caller applies the records one by one.
     */
    private boolean appliedTogether(Settings settings, List<Parsed> chunk) {
        try {
            (settings.timeoutSeconds() > 0 ? QuarkusTransaction.requiringNew().timeout(settings.timeoutSeconds())
                    : QuarkusTransaction.requiringNew()).run(() -> {
                for (Parsed one : chunk) {
                    tracing.inContext(one.record(), settings.consumer(), one.event(), () -> {
                        if (settings.firstDelivery().test(one.event())) {
                            one.handler().apply(one.event(), one.payload());
                            settings.handlers().every().accept(one.event());
                        }
                    });
                    // each record's writes go now, and what it loaded is let go: a persistence context holding
                    // the entities of hundreds of records would be dirty-checked in full before every query
                    em.flush();
                    em.clear();
                }
            });
            health.recovered(settings.consumer());
            registry.counter("phoihop.consumer.batched", "consumer", settings.consumer()).increment(chunk.size());
            return true;
        } catch (RuntimeException e) {
            LOG.debugf("%s could not apply %d events in one transaction, applying them one by one: %s",
                    settings.consumer(), chunk.size(), reason(e));
            return false;
        }
    }

    private void applyUntilDone(String consumer, ConsumerRecord<String, String> record, ReceivedEvent event,
                                EventHandlers.Handler<?> handler, Object payload, EventHandlers handlers,
                                Predicate<ReceivedEvent> firstDelivery, int timeoutSeconds) {
        long delay = initialDelay.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                (timeoutSeconds > 0 ? QuarkusTransaction.requiringNew().timeout(timeoutSeconds) : QuarkusTransaction.requiringNew()).run(() -> {
                    if (firstDelivery.test(event)) {
                        handler.apply(event, payload);
                        handlers.every().accept(event);
                    }
                });
                if (attempt > 1) {
                    LOG.infof("%s applied %s %s after %d attempts", consumer, event.type(), event.id(), attempt);
                }
                health.recovered(consumer);
                return;
            } catch (RuntimeException e) {
                if (isPoison(e)) {
                    health.recovered(consumer);
                    throw poison(consumer, record, e);
                }
                String reason = reason(e);
                health.retrying(consumer, record, event, attempt, reason);
                registry.counter("phoihop.consumer.retries", "consumer", consumer).increment();
                if (attempt == 1 || attempt % 20 == 0) {
                    LOG.warnf("%s could not apply %s %s (%s-%d@%d), attempt %d, retrying in %d ms: %s", consumer,
                            event.type(), event.id(), record.topic(), record.partition(), record.offset(), attempt, delay, reason);
                }
                if (stopping) {
                    // the record stays unacknowledged (PoisonOnlyDeadLetterQueue): consumed again after the restart
                    throw new ConsumerStoppedException(e);
                }
                pause(delay, e);
                delay = Math.min(delay * 2, maxDelay.toMillis());
            }
        }
    }

    private RuntimeException poison(String consumer, ConsumerRecord<String, String> record, Exception e) {
        registry.counter("phoihop.consumer.poison", "consumer", consumer).increment();
        LOG.errorf("%s refuses the record %s-%d@%d as poison, it goes to the dead-letter topic: %s", consumer,
                record.topic(), record.partition(), record.offset(), reason(e));
        return e instanceof PoisonEventException p ? p : new PoisonEventException(reason(e), e);
    }

    /**
     * Poison when the cause chain holds a contract breach, an impossible event, or a data exception of the
     * database (SQLSTATE class 22: a value too long for its column, out of range, invalid text …), which the same
     * event meets again on every attempt. It goes to the dead-letter topic with the reason, to be replayed once the
     * schema or the data is fixed, instead of holding its partition for good.
     */
    static boolean isPoison(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidEventException || t instanceof ImpossibleEventException || t instanceof PoisonEventException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, which names what failed (e.g. the SQL state's text), with its class. */
    static String reason(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidEventException || t instanceof ImpossibleEventException) {
                return t.getMessage();
            }
            root = t;
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void pause(long millis, RuntimeException failure) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            // the application is stopping: give up; the offset is not committed, so the record is consumed
            // again after the restart
            Thread.currentThread().interrupt();
            throw new ConsumerStoppedException(failure);
        }
    }
}
