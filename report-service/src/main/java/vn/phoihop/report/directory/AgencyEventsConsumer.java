package vn.phoihop.report.directory;

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

/** Keeps this service's copy of the agency directory: every AgencyChanged carries the agency as it is now. */
import java.util.concurrent.CompletionStage;

@ApplicationScoped
public class AgencyEventsConsumer extends EventConsumer {
    @Inject
    vn.phoihop.platform.calendar.CalendarYears calendarYears;

    @Inject
    ServiceClock clock;

    @Override
    protected void register(EventHandlers on) {
        on.on(EventTypes.AGENCY_CHANGED, AgencyChanged.class, this::changed);
        // the same working days as every service
        on.on(EventTypes.CALENDAR_CHANGED, vn.phoihop.events.CalendarChanged.class, calendarYears::apply);
    }

    @Incoming("agency-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return process(records);
    }

    private void changed(AgencyChanged changed) {
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
