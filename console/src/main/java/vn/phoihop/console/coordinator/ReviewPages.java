package vn.phoihop.console.coordinator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.phoihop.console.services.ReportApi;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.services.TaskApi;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.signin.SignedIn;
import vn.phoihop.console.web.FieldErrors;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reports received (báo cáo nhận được): an assignment as its issuer follows it, and accepting or returning its report with a comment. */
@Path("/")
public class ReviewPages {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance reports();

        static native TemplateInstance followed();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    TaskApi tasks;
    @Inject
    @RestClient
    ReportApi reports;

    @GET
    @Path("bao-cao")
    public TemplateInstance received(@QueryParam("status") String status) {
        SignedIn me = user.require();
        String s = status == null ? "SUBMITTED" : status;
        List<Map<String, Object>> received = reports.reports().stream()
                .filter(r -> !me.agencyCode().equals(r.get("agencyCode")))
                .filter(r -> s.isBlank() || s.equals(r.get("status")))
                .toList();
        return Templates.reports().data("reports", received).data("status", s);
    }

    @GET
    @Path("theo-doi/nhiem-vu/{id}")
    public TemplateInstance followed(@PathParam("id") String id, @QueryParam("xong") String done) {
        user.require();
        return render(id, FieldErrors.NONE, Map.of(), done);
    }

    @POST
    @Path("theo-doi/nhiem-vu/{id}/chap-nhan")
    public Response accept(@PathParam("id") String id, @FormParam("reportId") String reportId, @FormParam("comment") String comment) {
        user.require();
        return review(id, reportId, comment, true);
    }

    @POST
    @Path("theo-doi/nhiem-vu/{id}/tra-lai")
    public Response returnForRevision(@PathParam("id") String id, @FormParam("reportId") String reportId, @FormParam("comment") String comment) {
        user.require();
        return review(id, reportId, comment, false);
    }

    private Response review(String id, String reportId, String comment, boolean accept) {
        Map<String, Object> body = new HashMap<>();
        if (comment != null && !comment.isBlank()) {
            body.put("comment", comment.trim());
        }
        try {
            if (accept) {
                reports.accept(reportId, body);
            } else {
                if (!body.containsKey("comment")) {
                    // report-service requires it too; saying so here keeps the round trip and the message Vietnamese
                    return Response.status(400).entity(render(id, FieldErrors.of(new ServiceProblem(400, null, null,
                            List.of(new ServiceProblem.FieldError("comment", "Cần ghi ý kiến khi trả lại báo cáo."))), List.of("comment")),
                            Map.of(), null)).build();
                }
                reports.returnForRevision(reportId, body);
            }
            return Response.seeOther(URI.create("/theo-doi/nhiem-vu/" + id + "?xong=" + (accept ? "chap-nhan" : "tra-lai"))).build();
        } catch (ServiceProblem p) {
            if (p.status() == 400 || p.status() == 409) {
                return Response.status(p.status()).entity(render(id, FieldErrors.of(p, List.of("comment")),
                        Map.of("comment", comment == null ? "" : comment), null)).build();
            }
            throw p;
        }
    }

    private TemplateInstance render(String id, FieldErrors errors, Map<String, String> typed, String done) {
        Map<String, Object> a = tasks.assignment(id);
        List<Map<String, Object>> history = tasks.history(id);
        Map<String, Object> report = reports.reports().stream().filter(r -> id.equals(String.valueOf(r.get("assignmentId"))))
                .findFirst().orElse(null);
        Map<String, String> indicatorNames = new HashMap<>();
        try {
            reports.indicators(String.valueOf(a.get("planId")))
                    .forEach(i -> indicatorNames.put(String.valueOf(i.get("code")), i.get("name") + " (" + i.get("unit") + ")"));
        } catch (ServiceProblem e) {
            // codes then
        }
        return Templates.followed().data("indicatorNames", indicatorNames).data("a", a).data("history", history).data("report", report).data("errors", errors).data("typed", typed).data("done", done);
    }
}
