package vn.phoihop.console.services;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * notification-service's live streams (SSE), read with the user's token and relayed to the browser. The token is
 * passed explicitly: the stream is opened after the page's request has ended.
 */
@RegisterRestClient(configKey = "notification-stream")
@RegisterProvider(ProblemReader.class)
public interface NotificationStream {

    /** Events of the plans the caller's agency issued (coordinators). */
    @GET
    @Path("/stream/issuer")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<String> issuer(@HeaderParam("Authorization") String bearer);

    /** The caller agency's own notifications. */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<String> agency(@HeaderParam("Authorization") String bearer);
}
