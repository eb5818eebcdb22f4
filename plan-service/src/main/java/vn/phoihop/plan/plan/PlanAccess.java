package vn.phoihop.plan.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.util.UUID;

/**
 * Who may see and manage a document. The issuer's coordinators manage it; an agency it involves (task,
 * Nơi nhận) may read it once issued; anyone else gets 404, so its existence does not leak.
 */
@RequestScoped
public class PlanAccess {
    @Inject
    Caller caller;

    /** A document the caller's agency issued, to change it; locked when {@code lock} says so. */
    public Plan managed(UUID id, LockModeType lock) {
        Plan plan = Plan.findById(id, lock);
        if (plan == null || !caller.actsFor(plan.issuerCode)) {
            throw ProblemException.notFound("plan", id);
        }
        return plan;
    }

    public Plan readable(UUID id) {
        Plan plan = Plan.findById(id);
        if (plan == null || !canRead(plan)) {
            throw ProblemException.notFound("plan", id);
        }
        return plan;
    }

    public boolean canRead(Plan plan) {
        return caller.is(Roles.ADMIN) || caller.agencyCode().equals(plan.issuerCode)
                || plan.status != Status.DRAFT && plan.involves(caller.agencyCode());
    }
}
