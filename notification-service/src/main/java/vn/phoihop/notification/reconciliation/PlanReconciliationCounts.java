package vn.phoihop.notification.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.phoihop.platform.reconciliation.PlanCounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static vn.phoihop.platform.reconciliation.CountQueries.grouped;
import static vn.phoihop.platform.reconciliation.CountQueries.single;

/**
 * What notification-service holds of a plan: the assignments it follows (open, done, cancelled), the
 * notifications by kind, the reminders by status and the deliveries by channel and status.
 */
@ApplicationScoped
public class PlanReconciliationCounts implements PlanCounts {
    @Inject
    EntityManager em;

    @Override
    public Map<String, Long> count(UUID planId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        grouped(em, counts, "assignments", "select status, count(*) from assignment where plan_id = :planId group by status", planId);
        grouped(em, counts, "notifications", "select kind, count(*) from notification where plan_id = :planId group by kind", planId);
        grouped(em, counts, "reminders", """
                select r.status, count(*) from reminder r join assignment a on a.assignment_id = r.assignment_id
                where a.plan_id = :planId group by r.status""", planId);
        grouped(em, counts, "deliveries", """
                select d.channel || '.' || d.status, count(*) from delivery d join notification n on n.id = d.notification_id
                where n.plan_id = :planId group by d.channel, d.status""", planId);
        return counts;
    }
}
