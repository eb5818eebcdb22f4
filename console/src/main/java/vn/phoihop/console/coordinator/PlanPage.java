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
import vn.phoihop.console.chart.PeriodProgress;
import vn.phoihop.console.chart.ProgressChart;
import vn.phoihop.console.services.PlanApi;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.services.TaskApi;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.web.FieldErrors;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document as the paper reads (number, subject, legal basis, targets, tasks with lead and cooperating
 * agencies, obligations, Nơi nhận), its warnings, issue and revoke, its progress chart and where to follow it.
 */
@Path("/")
public class PlanPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance plan();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    PlanApi plans;
    @Inject
    @RestClient
    TaskApi tasks;

    @GET
    @Path("ke-hoach/{id}")
    public TemplateInstance page(@PathParam("id") String id, @QueryParam("xong") String done) {
        user.require();
        return render(id, FieldErrors.NONE, Map.of(), done);
    }

    @POST
    @Path("ke-hoach/{id}/ban-hanh")
    public Response issue(@PathParam("id") String id) {
        user.require();
        try {
            plans.issue(id, Map.of());
            return Response.seeOther(URI.create("/ke-hoach/" + id + "?xong=ban-hanh")).build();
        } catch (ServiceProblem p) {
            if (p.status() == 400 || p.status() == 409) {
                return Response.status(p.status()).entity(render(id, FieldErrors.of(p, List.of()), Map.of(), null)).build();
            }
            throw p;
        }
    }

    @POST
    @Path("ke-hoach/{id}/thu-hoi")
    public Response revoke(@PathParam("id") String id, @FormParam("reason") String reason) {
        user.require();
        Map<String, Object> body = new HashMap<>();
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason.trim());
        }
        try {
            plans.revoke(id, body);
            return Response.seeOther(URI.create("/ke-hoach/" + id + "?xong=thu-hoi")).build();
        } catch (ServiceProblem p) {
            if (p.status() == 400 || p.status() == 409) {
                return Response.status(p.status()).entity(render(id, FieldErrors.of(p, List.of("reason")),
                        Map.of("reason", reason == null ? "" : reason), null)).build();
            }
            throw p;
        }
    }

    private TemplateInstance render(String id, FieldErrors errors, Map<String, String> typed, String done) {
        Map<String, Object> plan = plans.plan(id);
        String chart = null;
        List<PeriodProgress> progress = List.of();
        if (!"DRAFT".equals(plan.get("status"))) {
            try {
                progress = PeriodProgress.fromMatrix(tasks.matrix(id));
                if (!progress.isEmpty()) {
                    chart = ProgressChart.svg("Tiến độ báo cáo theo kỳ: " + plan.get("number"), progress);
                }
            } catch (ServiceProblem e) {
                // no assignments yet (the document was issued a moment ago): no chart
            }
        }
        List<Map<String, Object>> versions;
        try {
            versions = plans.versions(id);
        } catch (ServiceProblem e) {
            versions = List.of();
        }
        return Templates.plan().data("plan", plan).data("chart", chart).data("progress", progress).data("versions", versions).data("errors", errors).data("typed", typed).data("done", done);
    }
}
