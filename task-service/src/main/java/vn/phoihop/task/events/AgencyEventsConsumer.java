package vn.phoihop.task.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.AgencyChanged;
import vn.phoihop.events.EventTypes;
import vn.phoihop.platform.messaging.EventConsumer;
import vn.phoihop.platform.messaging.EventHandlers;
import vn.phoihop.task.agency.AgencyTransfers;

/** Agency directory events, keyed by agency code: a reorganisation moves open assignments to the successor. */
@ApplicationScoped
public class AgencyEventsConsumer extends EventConsumer {
    @Inject
    AgencyTransfers transfers;

    @Override
    protected void register(EventHandlers on) {
        on.on(EventTypes.AGENCY_CHANGED, AgencyChanged.class, transfers::changed);
    }

    @Incoming("agency-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        process(record);
    }
}
