package vn.phoihop.notification.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.DocumentReceived;
import vn.phoihop.events.EventTypes;
import vn.phoihop.notification.notification.Notifications;
import vn.phoihop.platform.messaging.EventConsumer;
import vn.phoihop.platform.messaging.EventHandlers;

import java.util.concurrent.CompletionStage;

/**
 * Plan events from plan-service: of these only DocumentReceived concerns this service. A recipient that gets the
 * document for information (b/c) or to publish it (đăng tải) has no assignment to be told about, so it is told here
 * that the document arrived ("Văn bản đến: Kế hoạch số …"); the others learn of it through their TaskAssigned.
 */
@ApplicationScoped
public class PlanEventsConsumer extends EventConsumer {
    @Inject
    Notifications notifications;

    @Override
    protected void register(EventHandlers on) {
        on.onEvent(EventTypes.DOCUMENT_RECEIVED, DocumentReceived.class, (event, received) -> {
            if ("INFORMATION".equals(received.purpose()) || "PUBLISH".equals(received.purpose())) {
                notifications.documentReceived(event.id(), received);
            }
        });
    }

    @Incoming("plan-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return process(records);
    }
}
