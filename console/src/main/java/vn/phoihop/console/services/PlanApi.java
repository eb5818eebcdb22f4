package vn.phoihop.console.services;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** plan-service (phoihop.console.services.plan): the directory and the documents. */
@RegisterRestClient(configKey = "plan")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PlanApi {

    /** The province's addressee groups (nhóm nơi nhận) with the members each stands for today. */
    @GET
    @Path("/addressee-groups")
    List<Map<String, Object>> addresseeGroups(@QueryParam("province") String province);

    @GET
    @Path("/agencies")
    List<Map<String, Object>> agencies(@QueryParam("q") String q, @QueryParam("province") String province, @QueryParam("active") Boolean active);

    @GET
    @Path("/agencies/{code}")
    Map<String, Object> agency(@PathParam("code") String code);

    @GET
    @Path("/plans")
    List<Map<String, Object>> plans(@QueryParam("q") String q, @QueryParam("issuer") String issuer, @QueryParam("status") String status,
                                    @QueryParam("agency") String agency, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/plans/{id}")
    Map<String, Object> plan(@PathParam("id") String id);

    /** Văn bản đến: the agency's incoming documents, newest first. */
    @GET
    @Path("/incoming-documents")
    List<Map<String, Object>> incoming(@QueryParam("purpose") String purpose, @QueryParam("q") String q,
                                       @QueryParam("page") int page, @QueryParam("size") int size);

    /** Completes a publishing task (đăng tải) with the address of the published page. */
    @POST
    @Path("/incoming-documents/{id}/publication")
    Map<String, Object> published(@PathParam("id") String id, Map<String, Object> publication);

    @POST
    @Path("/plans")
    Map<String, Object> draft(Map<String, Object> plan);

    @POST
    @Path("/plans/{id}/issue")
    Map<String, Object> issue(@PathParam("id") String id, Map<String, Object> request);

    @POST
    @Path("/plans/{id}/amendments")
    Map<String, Object> amend(@PathParam("id") String id, Map<String, Object> amendment);

    @POST
    @Path("/plans/{id}/revoke")
    Map<String, Object> revoke(@PathParam("id") String id, Map<String, Object> request);

    /** A document (text, DOCX or PDF, recognised by its content) read into a proposed draft; stores nothing. */
    @POST
    @Path("/plans/imports")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    Map<String, Object> importDocument(byte[] document);

    @GET
    @Path("/plans/{id}/versions")
    List<Map<String, Object>> versions(@PathParam("id") String id);
}
