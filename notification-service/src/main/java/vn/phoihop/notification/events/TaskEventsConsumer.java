package vn.phoihop.notification.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.TaskCancelled;
import vn.phoihop.events.TaskRescheduled;
import vn.phoihop.events.TaskStatusChanged;
import vn.phoihop.events.TaskTransferred;
import vn.phoihop.notification.assignment.AssignmentProjection;
import vn.phoihop.notification.notification.Notifications;
import vn.phoihop.notification.stream.StreamNotifier;
import vn.phoihop.platform.inbox.Inbox;
import vn.phoihop.platform.messaging.ReceivedEvent;

/**
 * Task events from task-service: a new assignment (giao nhiệm vụ) is notified to its assignee and its
 * reminders are planned; reschedules, transfers, cancellations and status changes move or stop them.
 * Every task event also goes to the issuer's live stream.
 */
@ApplicationScoped
public class TaskEventsConsumer {
    @Inject
    Inbox inbox;

    @Inject
    Notifications notifications;

    @Inject
    AssignmentProjection assignments;

    @Inject
    StreamNotifier stream;

    @Incoming("task-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.type()) {
            case EventTypes.TASK_ASSIGNED -> {
                TaskAssigned task = event.payload(TaskAssigned.class);
                notifications.taskAssigned(event.id(), task);
                assignments.assigned(task);
            }
            case EventTypes.TASK_RESCHEDULED -> assignments.rescheduled(event.payload(TaskRescheduled.class));
            case EventTypes.TASK_TRANSFERRED -> assignments.transferred(event.payload(TaskTransferred.class));
            case EventTypes.TASK_CANCELLED -> assignments.cancelled(event.payload(TaskCancelled.class).assignmentId());
            case EventTypes.TASK_STATUS_CHANGED -> {
                TaskStatusChanged changed = event.payload(TaskStatusChanged.class);
                assignments.statusChanged(changed.assignmentId(), changed.to());
            }
            default -> {
                // acknowledgements and overdue detection change nothing here (this service reckons overdue itself)
            }
        }
        stream.issuer(event.data().path("issuerCode").asText(null), event.type(), event.data());
    }
}
