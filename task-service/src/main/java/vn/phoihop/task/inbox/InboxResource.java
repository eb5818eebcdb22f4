package vn.phoihop.task.inbox;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.task.assignment.AssignmentQuery;
import vn.phoihop.task.assignment.AssignmentView;
import vn.phoihop.task.assignment.BucketCounts;

import java.time.Instant;
import java.util.List;

/**
 * The agency's inbox (hộp việc): its own assignments only, the nearest deadline first. The body stays a
 * plain JSON array (as in the first version); paging travels in headers.
 */
@Path("/inbox")
@RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
public class InboxResource {
    static final int MAX_PAGE_SIZE = 500;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    ServiceClock clock;

    @GET
    @Operation(summary = "Assignments of the caller's agency, by deadline (undated last), filtered and paged")
    @APIResponse(responseCode = "200", description = "A page of assignments; X-Total-Count gives how many match",
            headers = {@Header(name = "X-Total-Count", description = "assignments matching the filters"),
                    @Header(name = "X-Page"), @Header(name = "X-Page-Size")})
    @APIResponse(responseCode = "400", description = "A filter has a bad value; the problem names it")
    @Transactional
    public Response inbox(
            @Parameter(description = "ASSIGNED, ACKNOWLEDGED, IN_PROGRESS, SUBMITTED, ACCEPTED, RETURNED, CANCELLED") @QueryParam("status") String status,
            @Parameter(description = "DONE_ON_TIME, DONE_LATE, NOT_YET_DUE, OVERDUE") @QueryParam("bucket") String bucket,
            @Parameter(description = "plan id") @QueryParam("plan") String plan,
            @Parameter(description = "period key, e.g. 2022-Q1, 2022-M03, 2022-H1, 2022, ONCE") @QueryParam("period") String period,
            @Parameter(description = "deadline on or after this date, e.g. 2022-01-01") @QueryParam("dueAfter") String dueAfter,
            @Parameter(description = "deadline on or before this date, e.g. 2022-12-31") @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "page number, from 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "page size, 1–500") @QueryParam("size") @DefaultValue("100") int size) {
        if (page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        AssignmentQuery query = own().status(status).bucket(bucket).plan(plan).period(period)
                .dueAfter(dueAfter).dueBefore(dueBefore);
        Instant now = clock.now();
        List<AssignmentView> views = query.page(em, now, page, size).stream().map(a -> AssignmentView.of(a, now)).toList();
        return Response.ok(views)
                .header("X-Total-Count", query.count(em, now))
                .header("X-Page", page)
                .header("X-Page-Size", size)
                .build();
    }

    @GET
    @Path("/counts")
    @Operation(summary = "How many of the caller agency's assignments are done on time, done late, not yet due, overdue")
    @Transactional
    public BucketCounts counts(@Parameter(description = "only this plan") @QueryParam("plan") String plan) {
        AssignmentQuery query = own().plan(plan);
        return BucketCounts.query(em, query.where(), query.params(), null, clock.now()).get(0);
    }

    private AssignmentQuery own() {
        return new AssignmentQuery().where("agency_code = :agency", "agency", caller.agencyCode());
    }
}
