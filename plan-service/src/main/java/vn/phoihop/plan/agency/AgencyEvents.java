package vn.phoihop.plan.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.phoihop.events.AgencyChange;
import vn.phoihop.events.AgencyChanged;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.outbox.Outbox;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** AgencyChanged through the outbox, in the transaction of the change, keyed by agency code. */
@ApplicationScoped
public class AgencyEvents {
    @Inject
    Outbox outbox;

    public void changed(Agency a, AgencyChange change, LocalDate effectiveOn) {
        AgencyChanged event = new AgencyChanged(UUID.randomUUID(), change, a.code, a.name, a.shortName, a.symbol,
                a.kind, a.parentCode, a.provinceCode, a.active, effectiveOn, List.copyOf(a.successorCodes));
        outbox.publish(Topics.AGENCY, a.code, EventTypes.AGENCY_CHANGED, a.code, event);
    }
}
