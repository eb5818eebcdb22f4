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

/** task-service (phoihop.console.services.task): assignments, inbox, follow-up, calendar links. */
@RegisterRestClient(configKey = "task")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TaskApi {

    /** A page of the caller agency's assignments; X-Total-Count says how many match. */
    @GET
    @Path("/inbox")
    Response inbox(@QueryParam("status") String status, @QueryParam("bucket") String bucket, @QueryParam("plan") String plan,
                   @QueryParam("period") String period, @QueryParam("dueAfter") String dueAfter, @QueryParam("dueBefore") String dueBefore,
                   @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/inbox/counts")
    Map<String, Object> inboxCounts(@QueryParam("plan") String plan);

    @GET
    @Path("/assignments/{id}")
    Map<String, Object> assignment(@PathParam("id") String id);

    @GET
    @Path("/assignments/{id}/history")
    List<Map<String, Object>> history(@PathParam("id") String id);

    @POST
    @Path("/assignments/{id}/acknowledge")
    Map<String, Object> acknowledge(@PathParam("id") String id);

    @POST
    @Path("/assignments/{id}/start")
    Map<String, Object> start(@PathParam("id") String id);

    @GET
    @Path("/plans/{planId}/assignments")
    List<Map<String, Object>> planAssignments(@PathParam("planId") String planId);

    @GET
    @Path("/plans/{planId}/matrix")
    Map<String, Object> matrix(@PathParam("planId") String planId);

    @GET
    @Path("/issued/counts")
    List<Map<String, Object>> issuedCounts(@QueryParam("by") String by);

    @GET
    @Path("/issued/overdue")
    List<Map<String, Object>> overdue(@QueryParam("plan") String plan, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/calendar-tokens")
    Map<String, Object> newCalendarToken(Map<String, Object> body);

    @GET
    @Path("/calendar-tokens")
    List<Map<String, Object>> calendarTokens();
}
