package vn.phoihop.platform.messaging;

import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.phoihop.platform.inbox.Inbox;

/**
 * The one way a service consumes a topic. A consumer registers its handlers once and hands each record to
 * {@link #process(ConsumerRecord)}:
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
 *     public void consume(ConsumerRecord&lt;String, String&gt; record) {
 *         process(record);
 *     }
 * }
 * </pre>
 *
 * Parsing, the schema check, idempotency and failure handling are {@link EventProcessor}'s. The consume
 * method must not be {@code @Transactional}: each attempt runs in a transaction of its own.
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

    /** Applies the record, or throws for a poison record (which the connector sends to the dead-letter topic). */
    protected final void process(ConsumerRecord<String, String> record) {
        processor.process(name(), record, handlers(), this::firstDelivery, transactionTimeoutSeconds());
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
