package vn.phoihop.report.assignment;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.TaskCancelled;
import vn.phoihop.events.TaskRescheduled;
import vn.phoihop.events.TaskStatusChanged;
import vn.phoihop.events.TaskTransferred;
import vn.phoihop.platform.inbox.Inbox;
import vn.phoihop.platform.messaging.ReceivedEvent;
import vn.phoihop.platform.time.ServiceClock;


/**
 * Learns from task-service which assignments exist and what became of them, so reports can be checked
 * against them: assigned, cancelled (no more reports), rescheduled (lateness), transferred (new agency).
 */
@ApplicationScoped
public class TaskEventsConsumer {
    private static final Logger LOG = Logger.getLogger(TaskEventsConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    ReportableAssignments assignments;

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
                TaskAssigned task = event.payload(TaskAssigned.class);
                assignments.assigned(task, clock.now());
                LOG.debugf("assignment %s of %s is reportable", task.assignmentId(), task.agencyCode());
            }
            case EventTypes.TASK_CANCELLED -> assignments.cancelled(event.payload(TaskCancelled.class));
            case EventTypes.TASK_RESCHEDULED -> assignments.rescheduled(event.payload(TaskRescheduled.class));
            case EventTypes.TASK_TRANSFERRED -> assignments.transferred(event.payload(TaskTransferred.class));
            case EventTypes.TASK_STATUS_CHANGED -> {
                TaskStatusChanged changed = event.payload(TaskStatusChanged.class);
                if (changed.to() == AssignmentStatus.CANCELLED) {
                    assignments.cancelled(new vn.phoihop.events.TaskCancelled(changed.assignmentId(), changed.planId(),
                            changed.agencyCode(), changed.issuerCode(), "STATUS_CANCELLED", changed.changedAt()));
                }
            }
            default -> {
                // acknowledgements, overdue notices: nothing that changes what may be reported
            }
        }
    }
}
