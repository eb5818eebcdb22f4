package vn.phoihop.console.coordinator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.phoihop.console.services.Json;
import vn.phoihop.console.services.PlanApi;
import vn.phoihop.console.services.ReportApi;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.services.TaskApi;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.web.FieldErrors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tổng hợp: a plan's reports for one period summed across agencies, who has not reported, and the CSV/XLSX/DOCX files. */
@Path("/")
public class ConsolidationPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance consolidation();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    PlanApi plans;
    @Inject
    @RestClient
    TaskApi tasks;
    @Inject
    @RestClient
    ReportApi reports;

    @GET
    @Path("ke-hoach/{id}/tong-hop")
    public Response page(@PathParam("id") String id, @QueryParam("period") String period) {
        user.require();
        Map<String, Object> plan = plans.plan(id);
        Map<String, String> periods = new LinkedHashMap<>();
        try {
            for (Object p : Json.list(tasks.matrix(id).get("periods"))) {
                periods.put(Json.str(Json.map(p).get("key")), Json.str(Json.map(p).get("label")));
            }
        } catch (ServiceProblem e) {
            // no assignments yet
        }
        String chosen = period != null && !period.isBlank() ? period : periods.keySet().stream().findFirst().orElse(null);
        Map<String, Object> c = null;
        FieldErrors errors = FieldErrors.NONE;
        int status = 200;
        if (chosen != null) {
            try {
                c = reports.consolidation(id, chosen);
            } catch (ServiceProblem p) {
                if (p.status() != 400) {
                    throw p;
                }
                errors = FieldErrors.of(p, List.of("period"));
                status = 400;
            }
        }
        return Response.status(status).entity(Templates.consolidation().data("plan", plan).data("periods", periods).data("period", chosen).data("c", c).data("errors", errors)).build();
    }
}
