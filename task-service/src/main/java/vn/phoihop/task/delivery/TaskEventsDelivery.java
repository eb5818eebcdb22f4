package vn.phoihop.task.delivery;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.EventTypes;
import vn.phoihop.platform.messaging.EventConsumer;
import vn.phoihop.platform.messaging.EventHandlers;
import vn.phoihop.platform.messaging.ReceivedEvent;
import vn.phoihop.platform.outbox.Outbox;

import java.util.LinkedHashSet;
import java.util.Set;

import java.util.concurrent.CompletionStage;

/**
 * Copies every task event to the delivery topic of each provisioned agency it concerns
 * ({@code phoihop.inbox.<code>}, keyed by that code), through the outbox. It reads
 * {@code phoihop.task.events} in its own consumer group, so the assignment code knows nothing of it.
 * Agencies without direct Kafka access get no copies: their topic would exist for nobody.
 */
@ApplicationScoped
public class TaskEventsDelivery extends EventConsumer {
    /** The task events an agency system may read about its own assignments. */
    static final Set<String> DELIVERED = Set.of(EventTypes.TASK_ASSIGNED, EventTypes.TASK_ACKNOWLEDGED,
            EventTypes.TASK_STATUS_CHANGED, EventTypes.TASK_OVERDUE, EventTypes.TASK_CANCELLED,
            EventTypes.TASK_RESCHEDULED, EventTypes.TASK_TRANSFERRED);

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Override
    protected void register(EventHandlers on) {
        for (String type : DELIVERED) {
            on.onEvent(type, EventTypes.PAYLOADS.get(type), (event, payload) -> copy(event));
        }
    }

    @Incoming("agency-delivery")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return process(records);
    }

    /** Deduplicated in {@link #copy}, only for events that have a recipient. */
    @Override
    protected boolean firstDelivery(ReceivedEvent event) {
        return true;
    }

    private void copy(ReceivedEvent event) {
        Set<String> recipients = recipients(event);
        recipients.removeIf(code -> !AgencyAccess.isActive(code));
        if (recipients.isEmpty() || !firstCopy(event)) {
            return;
        }
        for (String code : recipients) {
            outbox.publish(AgencyNames.topic(code), code, event.type(), event.subject(), event.data());
        }
    }

    /** Our own dedupe record (not the platform's processed_event), written in this transaction. */
    private boolean firstCopy(ReceivedEvent event) {
        return em.createNativeQuery("insert into delivery_copied_event (event_id, type) values (:id, :type) on conflict do nothing")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate() == 1;
    }

    /**
     * The assignee; for a transfer (chuyển giao) also the agency that had the assignment, which must learn
     * that it is no longer its own.
     */
    static Set<String> recipients(ReceivedEvent event) {
        Set<String> codes = new LinkedHashSet<>();
        String assignee = event.data().path("agencyCode").asText(null);
        codes.add(assignee != null ? assignee : event.key());
        if (EventTypes.TASK_TRANSFERRED.equals(event.type())) {
            String from = event.data().path("fromAgencyCode").asText(null);
            if (from != null) {
                codes.add(from);
            }
        }
        codes.remove(null);
        return codes;
    }
}
