package vn.phoihop.platform.messaging;

import jakarta.inject.Inject;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.phoihop.platform.inbox.Inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The one way a service consumes a topic. A consumer registers its handlers once and hands each poll's
 * records to {@link #process(KafkaRecordBatch)} (every channel is in batch mode, platform configuration):
 *
 * <pre>
 * &#64;ApplicationScoped
 * public class PlanEventsConsumer extends EventConsumer {
 *     &#64;Inject PlanReconciler plans;
 *
 *     &#64;Override
 *     protected void register(EventHandlers on) {
 *         on.on(EventTypes.PLAN_ISSUED, PlanIssued.class, plans::issued);
 *     }
 *
 *     &#64;Incoming("plan-events")
 *     &#64;Blocking
 *     public CompletionStage&lt;Void&gt; consume(KafkaRecordBatch&lt;String, String&gt; records) {
 *         return process(records);
 *     }
 * }
 * </pre>
 *
 * Parsing, the schema check, idempotency, transactions and failure handling are {@link EventProcessor}'s: the
 * records of a poll are applied in order, many to a transaction; a poison record is failed on its own and goes
 * to the dead-letter topic while the others are applied. The consume method must not be {@code @Transactional}.
 */
public abstract class EventConsumer {
    @Inject
    EventProcessor processor;

    @Inject
    Inbox inbox;

    private volatile EventHandlers handlers;

    /** Registers this consumer's handlers; called once, after injection. */
    protected abstract void register(EventHandlers on);

    /**
     * True the first time this consumer sees the event, recording it in the current transaction. The
     * platform's processed-event table by default.
     */
    protected boolean firstDelivery(ReceivedEvent event) {
        return inbox.firstDelivery(event);
    }

    /** Timeout of each attempt's transaction in seconds; 0 for the default (60 s). */
    protected int transactionTimeoutSeconds() {
        return 0;
    }

    /**
     * Records applied in one transaction at most (the fast path; a failed transaction's records are applied one
     * by one). Large for small projections; a consumer whose single event writes hundreds of rows asks for fewer.
     */
    protected int recordsPerTransaction() {
        return 500;
    }

    /**
     * Applies the records of one poll and acknowledges them. A poison record is failed alone, so the connector's
     * failure strategy sends it to the dead-letter topic; the others are applied. Returns when every record is
     * applied (transient failures are retried in place, holding the channel).
     */
    protected final CompletionStage<Void> process(KafkaRecordBatch<String, String> batch) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        List<ConsumerRecord<String, String>> raw = new ArrayList<>(records.size());
        for (KafkaRecord<String, String> record : records) {
            raw.add(record.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow().getRecord());
        }
        processor.processBatch(new EventProcessor.Settings(name(), handlers(), this::firstDelivery,
                        transactionTimeoutSeconds(), recordsPerTransaction()), raw,
                (index, poison) -> records.get(index).nack(poison).toCompletableFuture().join());
        return batch.ack();
    }

    /** Name shown in health and logs: the consumer's class. */
    protected String name() {
        String name = getClass().getSimpleName();
        int generated = name.indexOf('_');
        return generated > 0 ? name.substring(0, generated) : name;
    }

    private EventHandlers handlers() {
        if (handlers == null) {
            synchronized (this) {
                if (handlers == null) {
                    EventHandlers on = new EventHandlers();
                    register(on);
                    handlers = on;
                }
            }
        }
        return handlers;
    }
}
