package vn.phoihop.task.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.AgencyChanged;
import vn.phoihop.events.EventTypes;
import vn.phoihop.platform.messaging.EventConsumer;
import vn.phoihop.platform.messaging.EventHandlers;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.task.agency.AgencyTransfers;
import vn.phoihop.task.agency.DirectoryAgency;

import java.util.concurrent.CompletionStage;

/**
 * plan-service's reference data: every agency announced is remembered (who may call), a reorganisation moves open assignments to the successor (AgencyChanged); a corrected
 * calendar year re-dates open assignments (CalendarChanged, key calendar-<year>).
 */
@ApplicationScoped
public class AgencyEventsConsumer extends EventConsumer {
    @Inject
    AgencyTransfers transfers;

    @Inject
    vn.phoihop.task.schedule.CalendarRedating redating;

    @Inject
    ServiceClock clock;

    @Override
    protected void register(EventHandlers on) {
        on.on(EventTypes.AGENCY_CHANGED, AgencyChanged.class, change -> {
            DirectoryAgency.remember(change, clock.now());
            transfers.changed(change);
        });
        on.on(EventTypes.CALENDAR_CHANGED, vn.phoihop.events.CalendarChanged.class, redating::changed);
    }

    @Incoming("agency-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return process(records);
    }
}
