package vn.phoihop.task.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.ReportSubmitted;
import vn.phoihop.platform.inbox.Inbox;
import vn.phoihop.platform.messaging.ReceivedEvent;
import vn.phoihop.task.assignment.AssignmentService;

/** Report events: a submitted report (báo cáo) moves its assignment along. */
@ApplicationScoped
public class ReportEventsConsumer {
    @Inject
    Inbox inbox;

    @Inject
    AssignmentService assignments;

    @Incoming("report-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.type()) {
            case EventTypes.REPORT_SUBMITTED -> assignments.reportSubmitted(event.payload(ReportSubmitted.class));
            default -> {
                // accepted / returned reports come later
            }
        }
    }
}
