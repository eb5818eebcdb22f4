package vn.phoihop.console.coordinator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.phoihop.console.services.Json;
import vn.phoihop.console.services.PlanApi;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.services.TaskApi;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.signin.SignedIn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Kế hoạch đã ban hành: the documents the coordinator's agency issued (and its drafts), each with its progress. */
@Path("/")
public class PlansPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance plans();
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
    @Path("ke-hoach")
    public TemplateInstance list(@QueryParam("q") String q) {
        SignedIn me = user.require();
        List<Map<String, Object>> issued = plans.plans(q == null || q.isBlank() ? null : q, me.agencyCode(), null, null, 0, 200);
        Map<String, Map<String, Object>> counts = new HashMap<>();
        Map<String, Object> total = Map.of();
        try {
            tasks.issuedCounts("plan").forEach(c -> counts.put(String.valueOf(c.get("key")), c));
            List<Map<String, Object>> all = tasks.issuedCounts("total");
            total = all.isEmpty() ? Map.of() : all.get(0);
        } catch (ServiceProblem e) {
            // progress is a courtesy; the list still shows
        }
        // task-service groups by the document's number (and an id for documents without one)
        issued.forEach(p -> p.put("progress", Progress.of(counts.getOrDefault(String.valueOf(p.get("number")), counts.get(String.valueOf(p.get("id")))))));
        return Templates.plans().data("plans", issued).data("total", total).data("q", q);
    }

    /** Bucket counts as shares of a progress bar. */
    @io.quarkus.qute.TemplateData
    public record Progress(long onTime, long late, long overdue, long notYetDue, long total) {
        static Progress of(Map<String, Object> c) {
            if (c == null) {
                return new Progress(0, 0, 0, 0, 0);
            }
            return new Progress(Json.num(c.get("doneOnTime")), Json.num(c.get("doneLate")), Json.num(c.get("overdue")),
                    Json.num(c.get("notYetDue")), Json.num(c.get("total")));
        }

        public String share(long n) {
            return total == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.1f", 100.0 * n / total);
        }

        public long done() {
            return onTime + late;
        }
    }
}
