package vn.phoihop.platform.reconciliation;

import java.util.Map;
import java.util.UUID;

/**
 * What a service holds about one plan, counted: the assignments it knows and their states, the reports,
 * the notifications … Each service has one such bean; {@code GET /admin/reconciliation/plans/{planId}} shows
 * its counts, so that an operator (and the fault-injection tests) can check that the four services agree.
 */
public interface PlanCounts {
    /** Counts by name, e.g. {@code assignments} and {@code assignments.SUBMITTED}. */
    Map<String, Long> count(UUID planId);
}
