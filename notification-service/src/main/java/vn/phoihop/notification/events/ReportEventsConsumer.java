package vn.phoihop.notification.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.ReportAccepted;
import vn.phoihop.events.ReportReturned;
import vn.phoihop.events.ReportRevised;
import vn.phoihop.events.ReportSubmitted;
import vn.phoihop.notification.assignment.AssignmentProjection;
import vn.phoihop.notification.notification.Notifications;
import vn.phoihop.notification.stream.StreamNotifier;
import vn.phoihop.platform.messaging.EventConsumer;
import vn.phoihop.platform.messaging.EventHandlers;

import java.util.concurrent.CompletionStage;

/**
 * Report events from report-service: a submitted report (báo cáo) is notified to both sides and stops
 * the assignment's reminders; a returned one restarts them. Each goes to the issuer's live stream too.
 */
@ApplicationScoped
public class ReportEventsConsumer extends EventConsumer {
    @Inject
    Notifications notifications;

    @Inject
    AssignmentProjection assignments;

    @Inject
    StreamNotifier stream;

    @Override
    protected void register(EventHandlers on) {
        on.onEvent(EventTypes.REPORT_SUBMITTED, ReportSubmitted.class, (event, report) -> {
                    notifications.reportSubmitted(event.id(), report);
                    assignments.done(report.assignmentId());
                })
                .on(EventTypes.REPORT_REVISED, ReportRevised.class, r -> assignments.done(r.assignmentId()))
                .on(EventTypes.REPORT_ACCEPTED, ReportAccepted.class, r -> assignments.done(r.assignmentId()))
                .on(EventTypes.REPORT_RETURNED, ReportReturned.class, r -> assignments.returned(r.assignmentId()))
                .every(event -> stream.issuer(event.data().path("issuerCode").asText(null), event.type(), event.data()));
    }

    @Incoming("report-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return process(records);
    }
}
