package vn.phoihop.task.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanAmended;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.PlanRevoked;
import vn.phoihop.events.PlanTasksPart;
import vn.phoihop.platform.inbox.Inbox;
import vn.phoihop.platform.messaging.ReceivedEvent;
import vn.phoihop.task.plan.PlanReconciler;

/**
 * Plan events, keyed by plan id so that one plan's events arrive in order: an issued plan (Kế hoạch) turns
 * into assignments, the further parts of a large plan's tasks
 * (PlanTasksPart) likewise, an amendment reconciles them, a revocation cancels the open ones.
 */
@ApplicationScoped
public class PlanEventsConsumer {
    @Inject
    Inbox inbox;

    @Inject
    PlanReconciler plans;

    @Incoming("plan-events")
    @Blocking
    @Transactional
    @TransactionConfiguration(timeout = 300) // one part of a large letter: up to 100 tasks, each with its assignments
    public void consume(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.type()) {
            case EventTypes.PLAN_ISSUED -> plans.issued(event.payload(PlanIssued.class));
            case EventTypes.PLAN_AMENDED -> plans.amended(event.payload(PlanAmended.class));
            case EventTypes.PLAN_REVOKED -> plans.revoked(event.payload(PlanRevoked.class));
            case EventTypes.PLAN_TASKS_PART -> plans.part(event.payload(PlanTasksPart.class));
            default -> {
                // other plan events are not ours
            }
        }
    }
}
