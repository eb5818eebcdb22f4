package vn.phoihop.notification.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
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
import vn.phoihop.notification.assignment.AssignmentProjection;
import vn.phoihop.notification.notification.Notifications;
import vn.phoihop.notification.stream.StreamNotifier;
import vn.phoihop.platform.inbox.Inbox;
import vn.phoihop.platform.messaging.ReceivedEvent;

/**
 * Report events from report-service: a submitted report (báo cáo) is notified to both sides and stops
 * the assignment's reminders; a returned one restarts them. Each goes to the issuer's live stream too.
 */
@ApplicationScoped
public class ReportEventsConsumer {
    @Inject
    Inbox inbox;

    @Inject
    Notifications notifications;

    @Inject
    AssignmentProjection assignments;

    @Inject
    StreamNotifier stream;

    @Incoming("report-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.type()) {
            case EventTypes.REPORT_SUBMITTED -> {
                ReportSubmitted report = event.payload(ReportSubmitted.class);
                notifications.reportSubmitted(event.id(), report);
                assignments.done(report.assignmentId());
            }
            case EventTypes.REPORT_REVISED -> assignments.done(event.payload(ReportRevised.class).assignmentId());
            case EventTypes.REPORT_ACCEPTED -> assignments.done(event.payload(ReportAccepted.class).assignmentId());
            case EventTypes.REPORT_RETURNED -> assignments.returned(event.payload(ReportReturned.class).assignmentId());
            default -> {
                // nothing else is reported
            }
        }
        stream.issuer(event.data().path("issuerCode").asText(null), event.type(), event.data());
    }
}
