package vn.phoihop.platform.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Roles;

import java.util.List;
import java.util.Map;

/** Outbox rows the relay parked, for operators: what and why, and putting one back once the cause is fixed. */
@Path("/admin/outbox/parked")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class OutboxAdminResource {
    @Inject
    OutboxParking parking;

    @GET
    public List<OutboxParking.ParkedEvent> parked(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ProblemException.invalid("limit", "must be between 1 and 1000");
        }
        return parking.list(limit);
    }

    @POST
    @Path("/{id}/retry")
    public Map<String, Object> retry(@PathParam("id") long id) {
        if (!parking.retry(id)) {
            throw ProblemException.notFound("parked outbox event", id);
        }
        return Map.of("id", id, "status", "REQUEUED");
    }
}
