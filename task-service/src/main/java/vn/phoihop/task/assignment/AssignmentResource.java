package vn.phoihop.task.assignment;

import vn.phoihop.platform.problem.ChangedMeanwhile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;
import vn.phoihop.platform.time.ServiceClock;

import java.util.List;
import java.util.UUID;

/** One assignment: seen by its assignee agency and by the issuing agency; anybody else gets 404. */
@Path("/assignments")
public class AssignmentResource {
    @Inject
    AssignmentService assignments;

    @Inject
    Caller caller;

    @Inject
    ServiceClock clock;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "An assignment of the caller's agency, or one its agency issued")
    @APIResponse(responseCode = "404", description = "No such assignment, or not the caller's")
    @Transactional
    public AssignmentView get(@PathParam("id") UUID id) {
        return AssignmentView.of(visible(id), clock.now());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "What happened to the assignment (lịch sử xử lý), oldest first; kept across transfers")
    @Transactional
    public List<AssignmentHistory> history(@PathParam("id") UUID id) {
        return AssignmentHistory.of(visible(id).id);
    }

    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(summary = "Confirm receipt (tiếp nhận) of an assignment of the caller's agency")
    @APIResponse(responseCode = "409", description = "The assignment is not in status ASSIGNED")
    public AssignmentView acknowledge(@PathParam("id") UUID id) {
        // the overdue detector or a report event may change the assignment at the same instant: applied again then
        return ChangedMeanwhile.retried(() -> AssignmentView.of(assignments.acknowledge(own(id)), clock.now()));
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(summary = "Mark an assignment of the caller's agency as in progress (đang thực hiện)")
    @APIResponse(responseCode = "409", description = "The assignment is neither ASSIGNED nor ACKNOWLEDGED")
    public AssignmentView start(@PathParam("id") UUID id) {
        return ChangedMeanwhile.retried(() -> AssignmentView.of(assignments.start(own(id)), clock.now()));
    }

    private Assignment own(UUID id) {
        Assignment a = visible(id);
        if (!caller.agencyCode().equals(a.agencyCode)) {
            // the issuer sees the assignment but cannot act on it for the assignee
            throw ProblemException.forbidden("only " + a.agencyCode + " can act on its assignment");
        }
        return a;
    }

    private Assignment visible(UUID id) {
        Assignment a = Assignment.findById(id);
        if (a == null || !(caller.actsFor(a.agencyCode) || caller.actsFor(a.issuerCode))) {
            throw ProblemException.notFound("assignment", id);
        }
        return a;
    }
}
