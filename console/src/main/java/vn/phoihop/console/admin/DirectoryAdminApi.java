package vn.phoihop.console.admin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.phoihop.console.services.ProblemReader;
import vn.phoihop.console.services.UserToken;

import java.util.List;
import java.util.Map;

/** plan-service's administration of the agency directory: browse, import, export, reorganisations. */
@RegisterRestClient(configKey = "plan")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DirectoryAdminApi {

    @GET
    @Path("/agencies")
    List<Map<String, Object>> agencies(@QueryParam("q") String q, @QueryParam("province") String province,
                                       @QueryParam("kind") String kind, @QueryParam("active") Boolean active);

    @GET
    @Path("/agencies/{code}")
    Map<String, Object> agency(@PathParam("code") String code);

    /** CSV (UTF-8 with BOM) of a province's directory; the bytes are passed to the browser as they are. */
    @GET
    @Path("/agency-directory/{province}/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    Response export(@PathParam("province") String province, @QueryParam("format") String format);

    @POST
    @Path("/agency-directory/{province}/import")
    @Consumes("text/csv")
    Map<String, Object> importCsv(@PathParam("province") String province, @HeaderParam("Content-Type") String contentType, String csv);

    @GET
    @Path("/agency-reorganisations")
    List<Map<String, Object>> reorganisations();

    @POST
    @Path("/agency-reorganisations")
    Map<String, Object> reorganise(Map<String, Object> request);

    @DELETE
    @Path("/agency-reorganisations/{id}")
    Map<String, Object> cancel(@PathParam("id") String id);
}
