package vn.phoihop.task.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanAmended;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.PlanRevoked;
import vn.phoihop.events.PlanTasksPart;
import vn.phoihop.platform.messaging.EventConsumer;
import vn.phoihop.platform.messaging.EventHandlers;
import vn.phoihop.task.plan.PlanReconciler;

import java.util.concurrent.CompletionStage;

/**
 * Plan events, keyed by plan id so that one plan's events arrive in order: an issued plan (Kế hoạch) turns
 * into assignments, the further parts of a large plan's tasks
 * (PlanTasksPart) likewise, an amendment reconciles them, a revocation cancels the open ones.
 */
@ApplicationScoped
public class PlanEventsConsumer extends EventConsumer {
    @Inject
    PlanReconciler plans;

    @Override
    protected void register(EventHandlers on) {
        on.on(EventTypes.PLAN_ISSUED, PlanIssued.class, plans::issued)
                .on(EventTypes.PLAN_TASKS_PART, PlanTasksPart.class, plans::part)
                .on(EventTypes.PLAN_AMENDED, PlanAmended.class, plans::amended)
                .on(EventTypes.PLAN_REVOKED, PlanRevoked.class, plans::revoked);
    }

    /** One part of a large letter: up to 100 tasks, each with its assignments, on a possibly saturated machine. */
    @Override
    protected int transactionTimeoutSeconds() {
        return 300;
    }

    /** Ten parts, about 1,000 tasks with their assignments, history and announcements, per transaction. */
    @Override
    protected int recordsPerTransaction() {
        return 10;
    }

    @Incoming("plan-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return process(records);
    }
}
