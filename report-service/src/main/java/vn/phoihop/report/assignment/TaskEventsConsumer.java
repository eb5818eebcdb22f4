package vn.phoihop.report.assignment;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.platform.inbox.Inbox;
import vn.phoihop.platform.messaging.ReceivedEvent;

import java.time.Instant;

/**
 * Learns from task-service which assignments exist, so reports can be checked against them. Only
 * TaskAssigned matters for now; the other task events are skipped.
 */
@ApplicationScoped
public class TaskEventsConsumer {
    private static final Logger LOG = Logger.getLogger(TaskEventsConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    ReportableAssignments assignments;

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
                assignments.assigned(task, Instant.now());
                LOG.debugf("assignment %s of %s is reportable", task.assignmentId(), task.agencyCode());
            }
            default -> {
                // other task events do not change what may be reported (yet)
            }
        }
    }
}
