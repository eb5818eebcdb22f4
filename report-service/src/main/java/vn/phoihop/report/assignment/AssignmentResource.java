package vn.phoihop.report.assignment;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the caller's agency may report on, as this service knows it. */
@Path("/assignments")
public class AssignmentResource {
    @Inject
    Caller caller;

    public record AssignmentView(UUID assignmentId, UUID planId, String planNumber, String issuerCode, UUID taskId,
                                 String taskTitle, String agencyCode, AssignmentRole role, LocalDate deadline) {
        static AssignmentView of(ReportableAssignment a) {
            return new AssignmentView(a.assignmentId, a.planId, a.planNumber, a.issuerCode, a.taskId, a.taskTitle,
                    a.agencyCode, a.role, a.deadline);
        }
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Assignments of the caller's agency that may be reported on, earliest deadline first")
    @Transactional
    public List<AssignmentView> list() {
        return ReportableAssignment.<ReportableAssignment>list("agencyCode",
                        Sort.ascending("deadline").and("receivedAt"), caller.agencyCode())
                .stream().map(AssignmentView::of).toList();
    }
}
