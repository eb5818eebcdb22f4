package vn.phoihop.notification.reminder;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.phoihop.events.ReminderKind;
import vn.phoihop.notification.assignment.Assignment;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An assignment's reminder schedule, for its agency, its issuer's coordinators and admins. */
@Path("/assignments/{id}/reminders")
@RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
public class ReminderResource {
    @Inject
    Caller caller;

    public record ReminderView(UUID id, ReminderKind kind, LocalDate dueOn, Instant dueAt, Reminder.Status status,
                               int workingDaysLeft, Instant sentAt) {
    }

    @GET
    @Operation(summary = "Reminders planned and sent for an assignment, by due time")
    public List<ReminderView> list(@PathParam("id") UUID id) {
        Assignment a = Assignment.findById(id);
        boolean issuer = a != null && caller.is(Roles.COORDINATOR) && caller.agencyCode().equals(a.issuerCode);
        if (a == null || !a.known() || !(caller.actsFor(a.agencyCode) || issuer)) {
            throw ProblemException.notFound("assignment", id);
        }
        return Reminder.<Reminder>list("assignmentId", Sort.ascending("dueAt", "kind"), id).stream()
                .map(r -> new ReminderView(r.id, r.kind, r.dueOn, r.dueAt, r.status, r.workingDaysLeft, r.sentAt))
                .toList();
    }
}
