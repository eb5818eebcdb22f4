package vn.phoihop.report.directory;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.AgencyChanged;
import vn.phoihop.events.EventTypes;
import vn.phoihop.platform.inbox.Inbox;
import vn.phoihop.platform.messaging.ReceivedEvent;
import vn.phoihop.platform.time.ServiceClock;

/** Keeps this service's copy of the agency directory: every AgencyChanged carries the agency as it is now. */
@ApplicationScoped
public class AgencyEventsConsumer {
    @Inject
    Inbox inbox;

    @Inject
    ServiceClock clock;

    @Incoming("agency-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        if (!EventTypes.AGENCY_CHANGED.equals(event.type())) {
            return;
        }
        AgencyChanged changed = event.payload(AgencyChanged.class);
        Agency agency = Agency.findById(changed.agencyCode());
        if (agency == null) {
            agency = new Agency();
            agency.code = changed.agencyCode();
        }
        agency.name = changed.name();
        agency.shortName = changed.shortName();
        agency.symbol = changed.symbol();
        agency.kind = changed.agencyKind() == null ? "OTHER" : changed.agencyKind();
        agency.parentCode = changed.parentCode();
        agency.provinceCode = changed.provinceCode();
        agency.active = changed.active();
        agency.updatedAt = clock.now();
        agency.persist();
    }
}
