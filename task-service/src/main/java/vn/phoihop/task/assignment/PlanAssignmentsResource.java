package vn.phoihop.task.assignment;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.util.List;
import java.util.UUID;

/** The issuer's follow-up of one plan: who was assigned what, and where each stands. */
@Path("/plans/{planId}/assignments")
public class PlanAssignmentsResource {
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Every assignment of a plan the caller's agency issued")
    @Transactional
    public List<AssignmentView> list(@PathParam("planId") UUID planId) {
        List<Assignment> all = Assignment.list("planId", Sort.by("taskTitle").and("role").and("agencyCode"), planId);
        // a plan nobody assigned, or somebody else's plan: 404 either way, so existence does not leak
        if (all.isEmpty() || !caller.actsFor(all.get(0).issuerCode)) {
            throw ProblemException.notFound("plan", planId);
        }
        return all.stream().map(AssignmentView::of).toList();
    }
}
