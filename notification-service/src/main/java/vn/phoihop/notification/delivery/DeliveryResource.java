package vn.phoihop.notification.delivery;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;
import vn.phoihop.platform.time.ServiceClock;

import java.util.List;
import java.util.UUID;

/** The delivery log: an agency sees its own deliveries; admins see all and replay parked ones. */
@Path("/")
public class DeliveryResource {
    @Inject
    Caller caller;

    @Inject
    ServiceClock clock;

    @GET
    @Path("deliveries")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Deliveries of the caller's agency's notifications, newest first")
    public List<DeliveryView> own(@Parameter(description = "PENDING, SENT or FAILED") @QueryParam("status") String status,
                                  @QueryParam("notificationId") UUID notificationId,
                                  @QueryParam("limit") @DefaultValue("200") int limit) {
        return find(caller.agencyCode(), status, notificationId, limit);
    }

    @GET
    @Path("admin/deliveries")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "All deliveries (admin), e.g. ?status=FAILED for the parked ones")
    public List<DeliveryView> all(@QueryParam("status") String status, @QueryParam("agencyCode") String agencyCode,
                                  @QueryParam("notificationId") UUID notificationId,
                                  @QueryParam("limit") @DefaultValue("200") int limit) {
        return find(agencyCode, status, notificationId, limit);
    }

    @POST
    @Path("admin/deliveries/{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(summary = "Send a failed delivery again (admin): it gets a fresh series of attempts")
    @APIResponse(responseCode = "200", description = "Pending again; the sender picks it up at its next run")
    @APIResponse(responseCode = "409", description = "Not failed")
    public DeliveryView replay(@PathParam("id") UUID id) {
        Delivery d = Delivery.findById(id);
        if (d == null) {
            throw ProblemException.notFound("delivery", id);
        }
        if (d.status != Delivery.Status.FAILED) {
            throw ProblemException.conflict("delivery " + id + " is " + d.status + "; only a FAILED one is replayed");
        }
        d.status = Delivery.Status.PENDING;
        d.attempts = 0;
        d.nextAttemptAt = clock.now();
        d.updatedAt = d.nextAttemptAt;
        return DeliveryView.of(d);
    }

    private static List<DeliveryView> find(String agencyCode, String status, UUID notificationId, int limit) {
        if (limit < 1 || limit > 1000) {
            throw ProblemException.invalid("limit", "must be between 1 and 1000");
        }
        StringBuilder query = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (agencyCode != null) {
            query.append(" and agencyCode = :agency");
            params.put("agency", agencyCode);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", statusOf(status));
        }
        if (notificationId != null) {
            query.append(" and notificationId = :notification");
            params.put("notification", notificationId);
        }
        return Delivery.<Delivery>find(query.toString(), Sort.descending("createdAt", "id"), params)
                .page(Page.ofSize(limit)).list().stream().map(DeliveryView::of).toList();
    }

    private static Delivery.Status statusOf(String status) {
        try {
            return Delivery.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of PENDING, SENT, FAILED");
        }
    }
}
