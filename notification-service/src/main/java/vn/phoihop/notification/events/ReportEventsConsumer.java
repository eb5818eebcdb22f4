package vn.phoihop.notification.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.ReportSubmitted;
import vn.phoihop.notification.notification.Notifications;
import vn.phoihop.platform.inbox.Inbox;
import vn.phoihop.platform.messaging.ReceivedEvent;

/** Report events from report-service: a submitted report (báo cáo) is notified to both sides. */
@ApplicationScoped
public class ReportEventsConsumer {
    @Inject
    Inbox inbox;

    @Inject
    Notifications notifications;

    @Incoming("report-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.type()) {
            case EventTypes.REPORT_SUBMITTED -> notifications.reportSubmitted(event.id(), event.payload(ReportSubmitted.class));
            default -> {
                // review outcomes (accepted, returned) come with a later issue
            }
        }
    }
}
