package vn.phoihop.console.services;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import java.util.List;
import java.util.Map;

/** report-service (phoihop.console.services.report): reports, attachments, review, consolidation. */
@RegisterRestClient(configKey = "report")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ReportApi {

    @GET
    @Path("/reports")
    List<Map<String, Object>> reports();

    @GET
    @Path("/reports/{id}")
    Map<String, Object> report(@PathParam("id") String id);

    @POST
    @Path("/reports")
    Map<String, Object> submit(Map<String, Object> report);

    @POST
    @Path("/reports/{id}/revisions")
    Map<String, Object> revise(@PathParam("id") String id, Map<String, Object> revision);

    @POST
    @Path("/reports/{id}/accept")
    Map<String, Object> accept(@PathParam("id") String id, Map<String, Object> review);

    @POST
    @Path("/reports/{id}/return")
    Map<String, Object> returnForRevision(@PathParam("id") String id, Map<String, Object> review);

    @POST
    @Path("/reports/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    Map<String, Object> attach(@PathParam("id") String id, @QueryParam("fileName") String fileName,
                               @jakarta.ws.rs.HeaderParam("Content-Type") String contentType, byte[] content);

    @GET
    @Path("/reports/{reportId}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    Response attachment(@PathParam("reportId") String reportId, @PathParam("id") String id);

    @GET
    @Path("/indicators")
    List<Map<String, Object>> indicators(@QueryParam("planId") String planId);

    @GET
    @Path("/plans/{planId}/consolidation")
    Map<String, Object> consolidation(@PathParam("planId") String planId, @QueryParam("period") String period);

    /** The consolidation as a file: {@code format} is csv, xlsx or docx. */
    @GET
    @Path("/plans/{planId}/consolidation.{format}")
    @Produces(MediaType.WILDCARD)
    Response consolidationFile(@PathParam("planId") String planId, @PathParam("format") String format, @QueryParam("period") String period);
}
