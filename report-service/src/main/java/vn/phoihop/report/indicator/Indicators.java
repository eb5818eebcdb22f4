package vn.phoihop.report.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import vn.phoihop.report.assignment.ReportableAssignment;
import vn.phoihop.report.plan.PlanTarget;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Which indicators exist for a plan, and which ones an assignment's report asks for. */
@ApplicationScoped
public class Indicators {

    /** The catalogue plus the plan's own indicators, by code; a plan's own wins over the catalogue. */
    public Map<String, Indicator> known(Collection<UUID> planIds) {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        Indicator.<Indicator>list("planId is null order by id").forEach(i -> byCode.put(i.code, i));
        if (!planIds.isEmpty()) {
            Indicator.<Indicator>list("planId in ?1 order by id", planIds).forEach(i -> byCode.put(i.code, i));
        }
        return byCode;
    }

    public Map<String, Indicator> known(UUID planId) {
        return known(List.of(planId));
    }

    /**
     * The indicators a report on this assignment gives values for: the obligation's, else the plan's
     * targets'. Empty means the obligation names none and the plan has no targets: any known indicator.
     */
    public Set<String> askedFor(ReportableAssignment assignment) {
        if (!assignment.indicatorCodes.isEmpty()) {
            return new LinkedHashSet<>(assignment.indicatorCodes);
        }
        Set<String> targets = new LinkedHashSet<>();
        PlanTarget.<PlanTarget>list("planId = ?1 order by position", assignment.planId)
                .forEach(t -> targets.add(t.indicatorCode));
        return targets;
    }
}
