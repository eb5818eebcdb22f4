package vn.phoihop.task.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.platform.inbox.Inbox;
import vn.phoihop.platform.messaging.ReceivedEvent;
import vn.phoihop.task.assignment.AssignmentService;

/** Plan events: an issued plan (Kế hoạch) turns into assignments for the agencies it names. */
@ApplicationScoped
public class PlanEventsConsumer {
    @Inject
    Inbox inbox;

    @Inject
    AssignmentService assignments;

    @Incoming("plan-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.type()) {
            case EventTypes.PLAN_ISSUED -> assignments.assign(event.payload(PlanIssued.class));
            default -> {
                // other plan events are not ours (yet)
            }
        }
    }
}
