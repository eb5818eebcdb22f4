package vn.phoihop.plan.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.phoihop.platform.reconciliation.PlanCounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static vn.phoihop.platform.reconciliation.CountQueries.grouped;
import static vn.phoihop.platform.reconciliation.CountQueries.single;

/** What plan-service holds of a plan: its tasks, and the assignments it follows from task events (progress). */
@ApplicationScoped
public class PlanReconciliationCounts implements PlanCounts {
    @Inject
    EntityManager em;

    @Override
    public Map<String, Long> count(UUID planId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        single(em, counts, "tasks", "select count(*) from plan_task where plan_id = :planId", planId);
        grouped(em, counts, "assignments", "select status, count(*) from assignment_progress where plan_id = :planId group by status", planId);
        single(em, counts, "assignments.overdue", "select count(*) from assignment_progress where plan_id = :planId and overdue", planId);
        return counts;
    }
}
