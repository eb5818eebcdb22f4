package vn.phoihop.notification.notification;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The caller's agency's notifications. One addressed to another agency answers 404. */
@Path("/notifications")
@RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
public class NotificationResource {
    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Notifications addressed to the caller's agency, newest first")
    public List<NotificationView> list(
            @Parameter(description = "only this kind: TASK_ASSIGNED or REPORT_SUBMITTED") @QueryParam("kind") String kind) {
        String agency = caller.agencyCode();
        Sort newestFirst = Sort.descending("createdAt", "id");
        List<Notification> found = kind == null
                ? Notification.list("agencyCode", newestFirst, agency)
                : Notification.list("agencyCode = ?1 and kind = ?2", newestFirst, agency, kindOf(kind));
        return found.stream().map(NotificationView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One notification addressed to the caller's agency")
    public NotificationView get(@PathParam("id") UUID id) {
        Notification n = Notification.findById(id);
        // addressed to one agency only: even an admin reads only its own agency's inbox
        if (n == null || !n.agencyCode.equals(caller.agencyCode())) {
            throw ProblemException.notFound("notification", id);
        }
        return NotificationView.of(n);
    }

    private static Notification.Kind kindOf(String kind) {
        try {
            return Notification.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "must be one of "
                    + Arrays.toString(Notification.Kind.values()).replaceAll("[\\[\\]]", ""));
        }
    }
}
