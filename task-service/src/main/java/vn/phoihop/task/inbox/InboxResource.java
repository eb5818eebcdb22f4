package vn.phoihop.task.inbox;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;
import vn.phoihop.task.assignment.Assignment;
import vn.phoihop.task.assignment.AssignmentView;

import java.util.Arrays;
import java.util.List;

/** The agency's inbox (hộp việc): its own assignments only, the nearest deadline first. */
@Path("/inbox")
public class InboxResource {
    private static final Sort BY_DEADLINE = Sort.by("deadline", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
            .and("taskTitle");

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Assignments of the caller's agency, by deadline (none last), then task title")
    @Transactional
    public List<AssignmentView> inbox(
            @Parameter(description = "only assignments in this status, e.g. ASSIGNED") @QueryParam("status") String status) {
        String agency = caller.agencyCode();
        List<Assignment> found = status == null || status.isBlank()
                ? Assignment.list("agencyCode = :agency", BY_DEADLINE, Parameters.with("agency", agency))
                : Assignment.list("agencyCode = :agency and status = :status", BY_DEADLINE,
                        Parameters.with("agency", agency).and("status", parse(status)));
        return found.stream().map(AssignmentView::of).toList();
    }

    /** Parsed here rather than by JAX-RS, which would answer a bad value with a bare 404. */
    private static AssignmentStatus parse(String status) {
        try {
            return AssignmentStatus.valueOf(status.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + Arrays.toString(AssignmentStatus.values()));
        }
    }
}
