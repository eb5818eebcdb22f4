package vn.phoihop.notification.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.AgencyChanged;
import vn.phoihop.events.EventTypes;
import vn.phoihop.notification.contact.AgencyName;
import vn.phoihop.platform.inbox.Inbox;
import vn.phoihop.platform.messaging.ReceivedEvent;

/** The agency directory (AgencyChanged): names for letters and e-mails ("Kính gửi: Đài Phát thanh …"). */
@ApplicationScoped
public class AgencyEventsConsumer {
    @Inject
    Inbox inbox;

    @Incoming("agency-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        if (EventTypes.AGENCY_CHANGED.equals(event.type())) {
            AgencyChanged changed = event.payload(AgencyChanged.class);
            AgencyName.remember(changed.agencyCode(), changed.name());
        }
    }
}
