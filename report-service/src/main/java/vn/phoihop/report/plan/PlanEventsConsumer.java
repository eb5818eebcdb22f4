package vn.phoihop.report.plan;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanAmended;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.PlanRevoked;
import vn.phoihop.platform.inbox.Inbox;
import vn.phoihop.platform.messaging.ReceivedEvent;

import java.util.List;

/**
 * This service's own view of plans (PlanIssued/Amended/Revoked): the plan tree and the targets that
 * consolidation measures progress against.
 */
@ApplicationScoped
public class PlanEventsConsumer {
    @Inject
    Inbox inbox;

    @Incoming("plan-events")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.type()) {
            case EventTypes.PLAN_ISSUED -> issued(event.payload(PlanIssued.class));
            case EventTypes.PLAN_AMENDED -> amended(event.payload(PlanAmended.class));
            case EventTypes.PLAN_REVOKED -> {
                PlanRevoked revoked = event.payload(PlanRevoked.class);
                PlanRecord plan = PlanRecord.findById(revoked.planId());
                if (plan != null) {
                    plan.revoked = true;
                }
            }
            default -> {
                // nothing else on the plan topic concerns reports
            }
        }
    }

    private void issued(PlanIssued issued) {
        PlanRecord plan = PlanRecord.findById(issued.planId());
        boolean known = plan != null;
        if (!known) {
            plan = new PlanRecord();
            plan.id = issued.planId();
        } else if (plan.version > (issued.version() == null ? 1 : issued.version())) {
            return; // an amendment was applied already
        }
        plan.number = issued.number();
        plan.issuerCode = issued.issuerCode();
        plan.subject = issued.subject();
        plan.issuedOn = issued.issuedOn();
        plan.parentPlanId = issued.parentPlanId();
        plan.version = issued.version() == null ? 1 : issued.version();
        if (!known) {
            plan.persist();
        }
        replaceTargets(plan, issued.targets());
    }

    private void amended(PlanAmended amended) {
        PlanRecord plan = PlanRecord.findById(amended.planId());
        if (plan == null || plan.version >= amended.version()) {
            return; // not known here, or this version was applied already
        }
        plan.number = amended.number();
        plan.version = amended.version();
        replaceTargets(plan, amended.targets());
    }

    private static void replaceTargets(PlanRecord plan, List<PlanIssued.Target> targets) {
        PlanTarget.delete("planId", plan.id);
        PlanTarget.getEntityManager().flush();
        if (targets == null) {
            return;
        }
        int position = 0;
        for (PlanIssued.Target t : targets) {
            PlanTarget target = new PlanTarget();
            target.planId = plan.id;
            target.position = position++;
            target.indicatorCode = t.indicatorCode();
            target.description = t.description();
            target.goalValue = t.goalValue();
            target.unit = t.unit();
            target.persist();
        }
    }
}
