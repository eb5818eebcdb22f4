package vn.phoihop.plan.progress;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.TaskCancelled;
import vn.phoihop.events.TaskOverdue;
import vn.phoihop.events.TaskStatusChanged;
import vn.phoihop.platform.inbox.Inbox;
import vn.phoihop.platform.messaging.ReceivedEvent;
import vn.phoihop.platform.time.ServiceClock;

/**
 * Task events keep the progress of each plan (the coordinator's plan view and the plan tree). Events of one
 * assignment share the assignee's key, so they arrive in order.
 */
@ApplicationScoped
public class TaskEventsConsumer {
    @Inject
    Inbox inbox;

    @Inject
    ServiceClock clock;

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
                TaskAssigned e = event.payload(TaskAssigned.class);
                touch(AssignmentProgress.of(e.assignmentId(), e.planId(), e.agencyCode(), clock.now()));
            }
            case EventTypes.TASK_STATUS_CHANGED -> {
                TaskStatusChanged e = event.payload(TaskStatusChanged.class);
                AssignmentProgress row = AssignmentProgress.of(e.assignmentId(), e.planId(), e.agencyCode(), clock.now());
                row.status = e.to();
                touch(row);
            }
            case EventTypes.TASK_CANCELLED -> {
                TaskCancelled e = event.payload(TaskCancelled.class);
                AssignmentProgress row = AssignmentProgress.of(e.assignmentId(), e.planId(), e.agencyCode(), clock.now());
                row.status = AssignmentStatus.CANCELLED;
                touch(row);
            }
            case EventTypes.TASK_OVERDUE -> {
                TaskOverdue e = event.payload(TaskOverdue.class);
                AssignmentProgress row = AssignmentProgress.of(e.assignmentId(), e.planId(), e.agencyCode(), clock.now());
                row.overdue = true;
                touch(row);
            }
            default -> {
                // acknowledgements, reschedules and transfers do not change the counts
            }
        }
    }

    private void touch(AssignmentProgress row) {
        row.updatedAt = clock.now();
    }
}
