package vn.phoihop.task.follow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.task.assignment.AssignmentQuery;
import vn.phoihop.task.assignment.AssignmentView;
import vn.phoihop.task.assignment.BucketCounts;

import java.time.Instant;
import java.util.List;

/** Across every plan the caller's agency issued: what is overdue, and the buckets per plan or per agency. */
@Path("/issued")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class IssuedResource {
    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    ServiceClock clock;

    @GET
    @Path("/overdue")
    @Operation(summary = "Overdue assignments (quá hạn) of every plan the caller's agency issued, oldest deadline first")
    @Transactional
    public Response overdue(@Parameter(description = "only this plan") @QueryParam("plan") String plan,
                            @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("100") int size) {
        if (page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw ProblemException.invalid("size", "must be between 1 and 500");
        }
        AssignmentQuery query = mine().bucket("OVERDUE").plan(plan);
        Instant now = clock.now();
        List<AssignmentView> views = query.page(em, now, page, size).stream().map(a -> AssignmentView.of(a, now)).toList();
        return Response.ok(views).header("X-Total-Count", query.count(em, now)).build();
    }

    @GET
    @Path("/counts")
    @Operation(summary = "Buckets of every plan the caller's agency issued, grouped by plan (number) or by agency")
    @Transactional
    public List<BucketCounts> counts(@Parameter(description = "plan (default), agency or total") @QueryParam("by") @DefaultValue("plan") String by) {
        String groupBy = switch (by) {
            case "plan" -> "plan_number";
            case "agency" -> "agency_code";
            case "total" -> null;
            default -> throw ProblemException.invalid("by", "must be plan, agency or total");
        };
        AssignmentQuery query = mine();
        return BucketCounts.query(em, query.where(), query.params(), groupBy, clock.now());
    }

    private AssignmentQuery mine() {
        return new AssignmentQuery().where("issuer_code = :issuer", "issuer", caller.agencyCode());
    }
}
