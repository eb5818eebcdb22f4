package vn.phoihop.notification.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.notification.notification.Notifications;
import vn.phoihop.platform.inbox.Inbox;
import vn.phoihop.platform.messaging.ReceivedEvent;

/** Task events from task-service: a new assignment (giao nhiệm vụ) is notified to its assignee. */
@ApplicationScoped
public class TaskEventsConsumer {
    @Inject
    Inbox inbox;

    @Inject
    Notifications notifications;

    @Incoming("task-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.type()) {
            case EventTypes.TASK_ASSIGNED -> notifications.taskAssigned(event.id(), event.payload(TaskAssigned.class));
            default -> {
                // acknowledgements and status changes are not notified (yet)
            }
        }
    }
}
