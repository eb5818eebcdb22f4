package vn.phoihop.task.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.ReportAccepted;
import vn.phoihop.events.ReportReturned;
import vn.phoihop.events.ReportRevised;
import vn.phoihop.events.ReportSubmitted;
import vn.phoihop.platform.inbox.Inbox;
import vn.phoihop.platform.messaging.ReceivedEvent;
import vn.phoihop.task.assignment.ReportProgress;

/** Report events, keyed by the reporting agency: a report (báo cáo) submitted, revised, accepted or returned moves its assignment. */
@ApplicationScoped
public class ReportEventsConsumer {
    @Inject
    Inbox inbox;

    @Inject
    ReportProgress progress;

    @Incoming("report-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.type()) {
            case EventTypes.REPORT_SUBMITTED -> progress.submitted(event.payload(ReportSubmitted.class));
            case EventTypes.REPORT_REVISED -> progress.revised(event.payload(ReportRevised.class));
            case EventTypes.REPORT_ACCEPTED -> progress.accepted(event.payload(ReportAccepted.class));
            case EventTypes.REPORT_RETURNED -> progress.returned(event.payload(ReportReturned.class));
            default -> {
                // other report events are not ours
            }
        }
    }
}
