package vn.phoihop.task.follow;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.task.assignment.Assignment;
import vn.phoihop.task.assignment.AssignmentView;
import vn.phoihop.task.assignment.BucketCounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The issuer's follow-up of one plan: who was assigned what for which period, and where each stands. */
@Path("/plans/{planId}")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class PlanFollowUpResource {
    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    ServiceClock clock;

    @GET
    @Path("/assignments")
    @Operation(summary = "Every assignment of a plan the caller's agency issued")
    @APIResponse(responseCode = "404", description = "No such plan, or not issued by the caller's agency")
    @Transactional
    public List<AssignmentView> list(@PathParam("planId") UUID planId) {
        Instant now = clock.now();
        return issued(planId).stream().map(a -> AssignmentView.of(a, now)).toList();
    }

    @GET
    @Path("/matrix")
    @Operation(summary = "The plan's assignments as an agency × period table with statuses and buckets")
    @APIResponse(responseCode = "404", description = "No such plan, or not issued by the caller's agency")
    @Transactional
    public PlanMatrix matrix(@PathParam("planId") UUID planId) {
        Instant now = clock.now();
        return PlanMatrix.of(issued(planId), counts(planId, now), now);
    }

    @GET
    @Path("/counts")
    @Operation(summary = "Per agency: done on time, done late, not yet due, overdue")
    @Transactional
    public List<BucketCounts> countsByAgency(@PathParam("planId") UUID planId) {
        issued(planId);
        return counts(planId, clock.now());
    }

    private List<BucketCounts> counts(UUID planId, Instant now) {
        return BucketCounts.query(em, "plan_id = :plan", Map.of("plan", planId), "agency_code", now);
    }

    private List<Assignment> issued(UUID planId) {
        List<Assignment> all = Assignment.list("planId",
                Sort.by("taskTitle").and("role").and("agencyCode").and("deadline", Sort.NullPrecedence.NULLS_LAST), planId);
        // a plan nobody assigned, or somebody else's plan: 404 either way, so existence does not leak
        if (all.isEmpty() || !caller.actsFor(all.get(0).issuerCode)) {
            throw ProblemException.notFound("plan", planId);
        }
        return all;
    }
}
