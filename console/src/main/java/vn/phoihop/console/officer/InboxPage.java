package vn.phoihop.console.officer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.phoihop.console.services.Json;
import vn.phoihop.console.services.PlanApi;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.services.TaskApi;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.signin.SignedIn;
import vn.phoihop.console.web.FieldErrors;
import vn.phoihop.console.web.FormPaths;
import vn.phoihop.console.web.Labels;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hộp việc: the agency's assignments in the four buckets, filtered and paged (task-service /inbox). */
@Path("/hop-viec")
public class InboxPage {
    static final int PAGE_SIZE = 50;
    static final Set<String> FILTERS = Set.of("bucket", "status", "plan", "period", "dueAfter", "dueBefore", "page", "size");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance inbox();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    TaskApi tasks;
    @Inject
    @RestClient
    PlanApi plans;

    @GET
    public Response inbox(@QueryParam("bucket") String bucket, @QueryParam("status") String status, @QueryParam("plan") String plan,
                          @QueryParam("period") String period, @QueryParam("dueAfter") String dueAfter,
                          @QueryParam("dueBefore") String dueBefore, @QueryParam("page") Integer page) {
        SignedIn me = user.require();
        Map<String, String> filter = new LinkedHashMap<>();
        put(filter, "bucket", bucket);
        put(filter, "status", status);
        put(filter, "plan", plan);
        put(filter, "period", period);
        put(filter, "dueAfter", dueAfter);
        put(filter, "dueBefore", dueBefore);
        int p = page == null || page < 0 ? 0 : page;

        Map<String, Object> counts = tasks.inboxCounts(blank(plan));
        List<Map<String, Object>> rows = List.of();
        long total = 0;
        FieldErrors errors = FieldErrors.NONE;
        int status4xx = 200;
        try (Response r = tasks.inbox(blank(status), blank(bucket), blank(plan), blank(period), FormPaths.isoDate(blank(dueAfter)), FormPaths.isoDate(blank(dueBefore)), p, PAGE_SIZE)) {
            rows = r.readEntity(new jakarta.ws.rs.core.GenericType<List<Map<String, Object>>>() {
            });
            String count = r.getHeaderString("X-Total-Count");
            total = count == null ? rows.size() : Long.parseLong(count);
        } catch (ServiceProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            errors = FieldErrors.of(problem, FILTERS);
            status4xx = 400;
        }
        List<Map<String, Object>> involved = plansOf(me);
        Map<String, Object> subjects = new HashMap<>();
        involved.forEach(pl -> subjects.put(String.valueOf(pl.get("id")), pl.get("subject")));
        rows.forEach(row -> row.put("planSubject", subjects.get(String.valueOf(row.get("planId")))));

        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return Response.status(status4xx).entity(Templates.inbox().data("buckets", buckets(counts, bucket)).data("rows", rows).data("total", total).data("filter", filter).data("plans", involved).data("statuses", statusOptions()).data("page", p).data("pages", pages).data("errors", errors).data("pageLink", link(filter))).build();
    }

    /** The four buckets with their counts, in the order offices name them, the selected one marked. */
    static List<Map<String, Object>> buckets(Map<String, Object> counts, String selected) {
        Map<String, String> field = Map.of("DONE_ON_TIME", "doneOnTime", "DONE_LATE", "doneLate", "NOT_YET_DUE", "notYetDue", "OVERDUE", "overdue");
        return Labels.BUCKETS.entrySet().stream().map(e -> {
            Map<String, Object> b = new HashMap<>();
            b.put("code", e.getKey());
            b.put("label", e.getValue());
            b.put("css", Labels.bucketClass(e.getKey()));
            b.put("count", Json.num(counts.get(field.get(e.getKey()))));
            b.put("selected", e.getKey().equals(selected));
            return b;
        }).toList();
    }

    private List<Map<String, Object>> plansOf(SignedIn me) {
        try {
            return plans.plans(null, null, null, me.agencyCode(), 0, 200);
        } catch (ServiceProblem e) {
            return List.of();
        }
    }

    static Map<String, String> statusOptions() {
        Map<String, String> s = new LinkedHashMap<>();
        for (String code : List.of("ASSIGNED", "ACKNOWLEDGED", "IN_PROGRESS", "SUBMITTED", "RETURNED", "ACCEPTED", "CANCELLED")) {
            s.put(code, Labels.status(code));
        }
        return s;
    }

    /** The query string of the current filters, to which a page number is appended. */
    static String link(Map<String, String> filter) {
        StringBuilder q = new StringBuilder("/hop-viec?");
        filter.forEach((k, v) -> q.append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)).append('&'));
        return q.toString();
    }

    private static void put(Map<String, String> filter, String key, String value) {
        if (value != null && !value.isBlank()) {
            filter.put(key, value.trim());
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
