package vn.phoihop.console.admin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.phoihop.console.services.ProblemReader;
import vn.phoihop.console.services.UserToken;

import java.util.List;
import java.util.Map;

/** notification-service's administration: an agency's contacts and webhook, the delivery log and replay. */
@RegisterRestClient(configKey = "notification")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ChannelAdminApi {

    @GET
    @Path("/agencies/{code}/contact")
    Map<String, Object> contact(@PathParam("code") String code);

    @PUT
    @Path("/agencies/{code}/contact")
    Map<String, Object> saveContact(@PathParam("code") String code, Map<String, Object> contact);

    @GET
    @Path("/admin/deliveries")
    List<Map<String, Object>> deliveries(@QueryParam("status") String status, @QueryParam("agencyCode") String agencyCode,
                                         @QueryParam("limit") int limit);

    @POST
    @Path("/admin/deliveries/{id}/replay")
    Map<String, Object> replay(@PathParam("id") String id);
}
