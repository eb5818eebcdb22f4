package vn.phoihop.console.coordinator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.phoihop.console.services.Json;
import vn.phoihop.console.services.PlanApi;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.services.TaskApi;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.signin.SignedIn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Following a plan up: the agency × period matrix coloured by bucket (bảng theo dõi) and the overdue list. */
@Path("/")
public class FollowUpPages {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance matrix();

        static native TemplateInstance overdue();
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
    @Path("ke-hoach/{id}/bang-theo-doi")
    public TemplateInstance matrix(@PathParam("id") String id) {
        user.require();
        Map<String, Object> plan = plans.plan(id);
        Map<String, Object> matrix;
        try {
            matrix = tasks.matrix(id);
        } catch (ServiceProblem e) {
            if (e.status() != 404) {
                throw e;
            }
            // issued a moment ago: task-service has not made the assignments yet
            matrix = Map.of("periods", List.of(), "rows", List.of());
        }
        return Templates.matrix().data("plan", plan).data("matrix", matrix).data("counts", Json.list(matrix.get("countsByAgency")).stream().map(Json::map).toList());
    }

    @GET
    @Path("qua-han")
    public TemplateInstance overdue(@QueryParam("plan") String plan) {
        SignedIn me = user.require();
        String p = plan == null || plan.isBlank() ? null : plan;
        List<Map<String, Object>> issued = plans.plans(null, me.agencyCode(), null, null, 0, 200);
        Map<String, Map<String, Object>> byId = new HashMap<>();
        issued.forEach(x -> byId.put(String.valueOf(x.get("id")), x));
        List<Map<String, Object>> rows = new ArrayList<>(tasks.overdue(p, 0, 500));
        rows.forEach(r -> {
            Map<String, Object> doc = byId.get(String.valueOf(r.get("planId")));
            r.put("planSubject", doc == null ? null : doc.get("subject"));
        });
        return Templates.overdue().data("rows", rows).data("plans", issued).data("plan", p);
    }
}
