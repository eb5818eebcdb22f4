package vn.phoihop.task.assignment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.util.UUID;

/** One assignment: seen by its assignee agency and by the issuing agency; anybody else gets 404. */
@Path("/assignments")
public class AssignmentResource {
    @Inject
    AssignmentService assignments;

    @Inject
    Caller caller;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "An assignment of the caller's agency, or one its agency issued")
    @Transactional
    public AssignmentView get(@PathParam("id") UUID id) {
        return AssignmentView.of(visible(id));
    }

    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(summary = "Confirm receipt (tiếp nhận) of an assignment of the caller's agency")
    @Transactional
    public AssignmentView acknowledge(@PathParam("id") UUID id) {
        Assignment a = visible(id);
        if (!caller.agencyCode().equals(a.agencyCode)) {
            // the issuer sees the assignment but cannot acknowledge it for the assignee
            throw ProblemException.forbidden("only " + a.agencyCode + " can acknowledge its assignment");
        }
        return AssignmentView.of(assignments.acknowledge(a));
    }

    private Assignment visible(UUID id) {
        Assignment a = Assignment.findById(id);
        if (a == null || !(caller.actsFor(a.agencyCode) || caller.actsFor(a.issuerCode))) {
            throw ProblemException.notFound("assignment", id);
        }
        return a;
    }
}
