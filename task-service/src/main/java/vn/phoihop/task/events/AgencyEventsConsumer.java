package vn.phoihop.task.events;

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
import vn.phoihop.task.agency.AgencyTransfers;

/** Agency directory events, keyed by agency code: a reorganisation moves open assignments to the successor. */
@ApplicationScoped
public class AgencyEventsConsumer {
    @Inject
    Inbox inbox;

    @Inject
    AgencyTransfers transfers;

    @Incoming("agency-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.type()) {
            case EventTypes.AGENCY_CHANGED -> transfers.changed(event.payload(AgencyChanged.class));
            default -> {
                // other agency events are not ours
            }
        }
    }
}
