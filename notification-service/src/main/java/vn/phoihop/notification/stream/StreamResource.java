package vn.phoihop.notification.stream;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import java.time.Duration;
import java.time.Instant;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

/** Live streams (server-sent events), each scoped by the caller's agency from the token. */
@Path("/stream")
public class StreamResource {
    @Inject
    Caller caller;

    @Inject
    StreamHub hub;

    @Inject
    JsonWebToken jwt;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "The caller's agency's notifications as they are made (SSE); only its own")
    @Blocking // the caller's agency is checked against the database (KnownAgencies) before the stream opens
    public Multi<StreamMessage> agency() {
        String agency = caller.agencyCode();
        return untilTokenExpires(hub.messages().filter(m -> StreamMessage.AGENCY.equals(m.stream()) && agency.equals(m.agency())));
    }

    @GET
    @Path("/issuer")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Task and report events of the plans the caller's agency issued (SSE), for its coordinators")
    @Blocking
    public Multi<StreamMessage> issuer() {
        String agency = caller.agencyCode();
        return untilTokenExpires(hub.messages().filter(m -> StreamMessage.ISSUER.equals(m.stream()) && agency.equals(m.agency())));
    }

    /**
     * A stream lives no longer than the token that opened it: it ends when the token expires, and the client
     * reconnects with a fresh one (an expired token is refused then).
     */
    private Multi<StreamMessage> untilTokenExpires(Multi<StreamMessage> messages) {
        Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(jwt.getExpirationTime()));
        return messages.select().first(left.isNegative() ? Duration.ZERO : left);
    }
}
