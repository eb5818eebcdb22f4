package vn.phoihop.plan.progress;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.TaskCancelled;
import vn.phoihop.events.TaskOverdue;
import vn.phoihop.events.TaskStatusChanged;
import vn.phoihop.platform.messaging.EventConsumer;
import vn.phoihop.platform.messaging.EventHandlers;
import vn.phoihop.platform.time.ServiceClock;

import java.util.concurrent.CompletionStage;

/**
 * Task events keep the progress of each plan (the coordinator's plan view and the plan tree). Events of one
 * assignment share the assignee's key, so they arrive in order.
 */
@ApplicationScoped
public class TaskEventsConsumer extends EventConsumer {
    @Inject
    ServiceClock clock;

    @Override
    protected void register(EventHandlers on) {
        on.on(EventTypes.TASK_ASSIGNED, TaskAssigned.class,
                        e -> touch(AssignmentProgress.of(e.assignmentId(), e.planId(), e.agencyCode(), clock.now())))
                .on(EventTypes.TASK_STATUS_CHANGED, TaskStatusChanged.class, e -> {
                    AssignmentProgress row = AssignmentProgress.of(e.assignmentId(), e.planId(), e.agencyCode(), clock.now());
                    row.status = e.to();
                    touch(row);
                })
                .on(EventTypes.TASK_CANCELLED, TaskCancelled.class, e -> {
                    AssignmentProgress row = AssignmentProgress.of(e.assignmentId(), e.planId(), e.agencyCode(), clock.now());
                    row.status = AssignmentStatus.CANCELLED;
                    touch(row);
                })
                .on(EventTypes.TASK_OVERDUE, TaskOverdue.class, e -> {
                    AssignmentProgress row = AssignmentProgress.of(e.assignmentId(), e.planId(), e.agencyCode(), clock.now());
                    row.overdue = true;
                    touch(row);
                });
        // acknowledgements, reschedules and transfers do not change the counts
    }

    @Incoming("task-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return process(records);
    }

    private void touch(AssignmentProgress row) {
        row.updatedAt = clock.now();
    }
}
