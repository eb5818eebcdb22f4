package vn.phoihop.notification.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAcknowledged;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.TaskCancelled;
import vn.phoihop.events.TaskOverdue;
import vn.phoihop.events.TaskRescheduled;
import vn.phoihop.events.TaskStatusChanged;
import vn.phoihop.events.TaskTransferred;
import vn.phoihop.notification.assignment.AssignmentProjection;
import vn.phoihop.notification.notification.Notifications;
import vn.phoihop.notification.stream.StreamNotifier;
import vn.phoihop.platform.messaging.EventConsumer;
import vn.phoihop.platform.messaging.EventHandlers;

import java.util.concurrent.CompletionStage;

/**
 * Task events from task-service: a new assignment (giao nhiệm vụ) is notified to its assignee and its
 * reminders are planned; reschedules, transfers, cancellations and status changes move or stop them.
 * Every task event also goes to the issuer's live stream.
 */
@ApplicationScoped
public class TaskEventsConsumer extends EventConsumer {
    @Inject
    Notifications notifications;

    @Inject
    AssignmentProjection assignments;

    @Inject
    StreamNotifier stream;

    @Override
    protected void register(EventHandlers on) {
        on.onEvent(EventTypes.TASK_ASSIGNED, TaskAssigned.class, (event, task) -> {
                    notifications.taskAssigned(event.id(), task);
                    assignments.assigned(task);
                })
                .on(EventTypes.TASK_RESCHEDULED, TaskRescheduled.class, assignments::rescheduled)
                .on(EventTypes.TASK_TRANSFERRED, TaskTransferred.class, assignments::transferred)
                .on(EventTypes.TASK_CANCELLED, TaskCancelled.class, c -> assignments.cancelled(c.assignmentId()))
                .on(EventTypes.TASK_STATUS_CHANGED, TaskStatusChanged.class, c -> assignments.statusChanged(c.assignmentId(), c.to()))
                // acknowledgements and overdue notices change nothing here (this service reckons overdue itself),
                // but the issuer's live stream shows them
                .on(EventTypes.TASK_ACKNOWLEDGED, TaskAcknowledged.class, ignored -> {
                })
                .on(EventTypes.TASK_OVERDUE, TaskOverdue.class, ignored -> {
                })
                .every(event -> stream.issuer(event.data().path("issuerCode").asText(null), event.type(), event.data()));
    }

    @Incoming("task-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return process(records);
    }
}
