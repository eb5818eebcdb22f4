package vn.phoihop.console.admin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.phoihop.console.services.ProblemReader;
import vn.phoihop.console.services.UserToken;

import java.util.List;
import java.util.Map;

/** task-service's administration of agencies' direct Kafka access (topic, SCRAM user, ACLs). */
@RegisterRestClient(configKey = "task")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface KafkaAccessApi {

    @GET
    @Path("/admin/agency-access")
    List<Map<String, Object>> list();

    @GET
    @Path("/admin/agency-access/{code}")
    Map<String, Object> get(@PathParam("code") String code);

    /** New or revoked agency: the answer carries the password, once. */
    @PUT
    @Path("/admin/agency-access/{code}")
    Map<String, Object> provision(@PathParam("code") String code);

    @POST
    @Path("/admin/agency-access/{code}/rotate")
    Map<String, Object> rotate(@PathParam("code") String code);

    @DELETE
    @Path("/admin/agency-access/{code}")
    Map<String, Object> revoke(@PathParam("code") String code);
}
