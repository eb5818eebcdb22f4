package vn.phoihop.platform.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.phoihop.platform.security.Roles;

import java.util.List;

/**
 * What this service's dead-letter topic holds, and replays to the original topic (docs/operations.md). The
 * same in every service. Fix the cause first (a producer's bug, a missing contract version), then replay.
 */
@Path("/admin/dead-letters")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {
    @Inject
    DeadLetters deadLetters;

    /** Every dead-lettered record: event id, type, key, reason, time, original topic. */
    @GET
    public List<DeadLetter> list() {
        return deadLetters.list();
    }

    /** Sends one dead-lettered record back to its original topic. */
    @POST
    @Path("/{partition}/{offset}/replay")
    public DeadLetter replay(@PathParam("partition") int partition, @PathParam("offset") long offset) {
        return deadLetters.replay(partition, offset)
                .orElseThrow(() -> new NotFoundException("no dead letter at " + partition + "/" + offset));
    }

    /** Sends every dead-lettered record back to its original topic. */
    @POST
    @Path("/replay")
    public List<DeadLetter> replayAll() {
        return deadLetters.replayAll();
    }
}
