package vn.phoihop.report.plan;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanAmended;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.PlanRevoked;
import vn.phoihop.platform.messaging.EventConsumer;
import vn.phoihop.platform.messaging.EventHandlers;

import java.util.List;

import java.util.concurrent.CompletionStage;

/**
 * This service's own view of plans (PlanIssued/Amended/Revoked): the plan tree and the targets that
 * consolidation measures progress against.
 */
@ApplicationScoped
public class PlanEventsConsumer extends EventConsumer {
    @Override
    protected void register(EventHandlers on) {
        on.on(EventTypes.PLAN_ISSUED, PlanIssued.class, this::issued)
                .on(EventTypes.PLAN_AMENDED, PlanAmended.class, this::amended)
                .on(EventTypes.PLAN_REVOKED, PlanRevoked.class, revoked -> {
                    PlanRecord plan = PlanRecord.findById(revoked.planId());
                    if (plan != null) {
                        plan.revoked = true;
                    }
                });
    }

    @Incoming("plan-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return process(records);
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
