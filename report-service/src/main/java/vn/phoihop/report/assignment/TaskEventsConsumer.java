package vn.phoihop.report.assignment;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.TaskCancelled;
import vn.phoihop.events.TaskRescheduled;
import vn.phoihop.events.TaskStatusChanged;
import vn.phoihop.events.TaskTransferred;
import vn.phoihop.platform.messaging.EventConsumer;
import vn.phoihop.platform.messaging.EventHandlers;
import vn.phoihop.platform.time.ServiceClock;


import java.util.concurrent.CompletionStage;

/**
 * Learns from task-service which assignments exist and what became of them, so reports can be checked
 * against them: assigned, cancelled (no more reports), rescheduled (lateness), transferred (new agency).
 */
@ApplicationScoped
public class TaskEventsConsumer extends EventConsumer {
    private static final Logger LOG = Logger.getLogger(TaskEventsConsumer.class);

    @Inject
    ReportableAssignments assignments;

    @Inject
    ServiceClock clock;

    @Override
    protected void register(EventHandlers on) {
        on.on(EventTypes.TASK_ASSIGNED, TaskAssigned.class, task -> {
                    assignments.assigned(task, clock.now());
                    LOG.debugf("assignment %s of %s is reportable", task.assignmentId(), task.agencyCode());
                })
                .on(EventTypes.TASK_CANCELLED, TaskCancelled.class, assignments::cancelled)
                .on(EventTypes.TASK_RESCHEDULED, TaskRescheduled.class, assignments::rescheduled)
                .on(EventTypes.TASK_TRANSFERRED, TaskTransferred.class, assignments::transferred)
                .on(EventTypes.TASK_STATUS_CHANGED, TaskStatusChanged.class, changed -> {
                    if (changed.to() == AssignmentStatus.CANCELLED) {
                        assignments.cancelled(new TaskCancelled(changed.assignmentId(), changed.planId(),
                                changed.agencyCode(), changed.issuerCode(), "STATUS_CANCELLED", changed.changedAt()));
                    }
                });
        // acknowledgements, overdue notices: nothing that changes what may be reported
    }

    @Incoming("task-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return process(records);
    }
}
