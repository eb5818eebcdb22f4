package vn.phoihop.task.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.phoihop.platform.reconciliation.PlanCounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static vn.phoihop.platform.reconciliation.CountQueries.grouped;
import static vn.phoihop.platform.reconciliation.CountQueries.single;

/** What task-service holds of a plan: its assignments by status, and how many are overdue. */
@ApplicationScoped
public class PlanReconciliationCounts implements PlanCounts {
    @Inject
    EntityManager em;

    @Override
    public Map<String, Long> count(UUID planId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        grouped(em, counts, "assignments", "select status, count(*) from assignment where plan_id = :planId group by status", planId);
        single(em, counts, "assignments.overdue", "select count(*) from assignment where plan_id = :planId and overdue_at is not null", planId);
        return counts;
    }
}
