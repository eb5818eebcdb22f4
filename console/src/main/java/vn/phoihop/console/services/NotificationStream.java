package vn.phoihop.console.services;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notification-service's live streams (SSE), read with the user's token and relayed to the browser. */
@RegisterRestClient(configKey = "notification-stream")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
public interface NotificationStream {

    /** Events of the plans the caller's agency issued (coordinators). */
    @GET
    @Path("/stream/issuer")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<String> issuer();

    /** The caller agency's own notifications. */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<String> agency();
}
