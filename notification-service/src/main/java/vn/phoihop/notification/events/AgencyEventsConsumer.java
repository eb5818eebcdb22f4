package vn.phoihop.notification.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.AgencyChanged;
import vn.phoihop.events.EventTypes;
import vn.phoihop.notification.contact.AgencyName;
import vn.phoihop.platform.messaging.EventConsumer;
import vn.phoihop.platform.messaging.EventHandlers;

/** The agency directory (AgencyChanged): names for letters and e-mails ("Kính gửi: Đài Phát thanh …"). */
import java.util.concurrent.CompletionStage;

@ApplicationScoped
public class AgencyEventsConsumer extends EventConsumer {
    @jakarta.inject.Inject
    vn.phoihop.notification.reminder.CalendarReplanning replanning;

    @Override
    protected void register(EventHandlers on) {
        on.on(EventTypes.AGENCY_CHANGED, AgencyChanged.class, changed -> AgencyName.remember(changed.agencyCode(),
                changed.name(), changed.symbol(), changed.parentCode()));
        on.on(EventTypes.CALENDAR_CHANGED, vn.phoihop.events.CalendarChanged.class, replanning::changed);
    }

    @Incoming("agency-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return process(records);
    }
}
