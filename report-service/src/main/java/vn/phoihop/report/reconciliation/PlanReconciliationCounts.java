package vn.phoihop.report.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.phoihop.platform.reconciliation.PlanCounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static vn.phoihop.platform.reconciliation.CountQueries.grouped;
import static vn.phoihop.platform.reconciliation.CountQueries.single;

/** What report-service holds of a plan: the assignments that may be reported on, and the reports by status. */
@ApplicationScoped
public class PlanReconciliationCounts implements PlanCounts {
    @Inject
    EntityManager em;

    @Override
    public Map<String, Long> count(UUID planId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        single(em, counts, "assignments", "select count(*) from reportable_assignment where plan_id = :planId", planId);
        grouped(em, counts, "reports", "select status, count(*) from report where plan_id = :planId group by status", planId);
        return counts;
    }
}
