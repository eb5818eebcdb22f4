package vn.phoihop.report.assignment;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;
import vn.phoihop.report.indicator.Indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the caller's agency may report on, as this service knows it, and what its cooperating agencies sent. */
@Path("/assignments")
public class AssignmentResource {
    @Inject
    Caller caller;

    @Inject
    Indicators indicators;

    @Inject
    Contributions contributions;

    public record AssignmentView(UUID assignmentId, UUID planId, String planNumber, String issuerCode, UUID taskId,
                                 String taskTitle, String agencyCode, AssignmentRole role, LocalDate deadline,
                                 UUID obligationId, String periodKey, String periodLabel, LocalDate dataFrom,
                                 LocalDate dataTo, String reportToCode, String leadAgencyCode,
                                 Set<String> indicatorCodes, String state) {
        static AssignmentView of(ReportableAssignment a, Set<String> asked) {
            return new AssignmentView(a.assignmentId, a.planId, a.planNumber, a.issuerCode, a.taskId, a.taskTitle,
                    a.agencyCode, a.role, a.deadline, a.obligationId, a.periodKey, a.periodLabel, a.dataFrom, a.dataTo,
                    a.receiverCode(), a.leadAgencyCode, asked, a.state);
        }
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Assignments of the caller's agency that may be reported on, earliest deadline first; "
            + "indicatorCodes are the indicators the report asks for (empty: any)")
    @Transactional
    public List<AssignmentView> list() {
        return ReportableAssignment.<ReportableAssignment>list("agencyCode",
                        Sort.ascending("deadline").and("receivedAt"), caller.agencyCode())
                .stream().map(a -> AssignmentView.of(a, indicators.askedFor(a))).toList();
    }

    @GET
    @Path("/{id}/contributions")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "For a lead agency (chủ trì): its cooperating agencies' reports for the same task and period, "
            + "who has not sent one, and the summed values to start its own report from")
    @Transactional
    public Contributions.View contributions(@PathParam("id") UUID id) {
        ReportableAssignment assignment = ReportableAssignment.findById(id);
        if (assignment == null || !readsContributions(assignment)) {
            throw ProblemException.notFound("assignment", id);
        }
        return contributions.of(assignment);
    }

    /**
     * The cooperating agencies' reports of a task and period are for its lead (through the lead's own assignment)
     * and for whoever receives the lead's report; another cooperating agency of the same task reads only its own.
     */
    private boolean readsContributions(ReportableAssignment assignment) {
        if (caller.is(Roles.ADMIN)) {
            return true;
        }
        String me = caller.agencyCode();
        return me.equals(assignment.agencyCode) && assignment.role == AssignmentRole.LEAD
                || me.equals(assignment.receiverCode());
    }
}
