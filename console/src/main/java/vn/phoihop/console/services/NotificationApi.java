package vn.phoihop.console.services;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

/** notification-service (phoihop.console.services.notification): notifications, letters, reminder policies, deliveries. */
@RegisterRestClient(configKey = "notification")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NotificationApi {

    @GET
    @Path("/notifications")
    List<Map<String, Object>> notifications(@QueryParam("kind") String kind);

    @GET
    @Path("/notifications/{id}")
    Map<String, Object> notification(@PathParam("id") String id);

    @GET
    @Path("/notifications/{id}/letter")
    @Produces(MediaType.TEXT_PLAIN)
    String letter(@PathParam("id") String id);

    /** The urging letter as DOCX in the official layout. */
    @GET
    @Path("/notifications/{id}/letter.docx")
    @Produces(MediaType.WILDCARD)
    jakarta.ws.rs.core.Response letterDocx(@PathParam("id") String id);

    @GET
    @Path("/assignments/{id}/reminders")
    List<Map<String, Object>> reminders(@PathParam("id") String assignmentId);

    @GET
    @Path("/reminder-policies/defaults")
    Map<String, Object> defaultPolicy();

    @GET
    @Path("/reminder-policies/{scope}/{key}")
    Map<String, Object> policy(@PathParam("scope") String scope, @PathParam("key") String key);

    @PUT
    @Path("/reminder-policies/{scope}/{key}")
    Map<String, Object> putPolicy(@PathParam("scope") String scope, @PathParam("key") String key, Map<String, Object> policy);

    @GET
    @Path("/deliveries")
    List<Map<String, Object>> deliveries(@QueryParam("status") String status, @QueryParam("limit") int limit);
}
