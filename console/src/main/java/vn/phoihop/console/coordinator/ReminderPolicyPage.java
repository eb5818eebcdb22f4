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
import vn.phoihop.console.services.NotificationApi;
import vn.phoihop.console.services.PlanApi;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.web.FieldErrors;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Chính sách nhắc hạn of a plan: how many working days before the deadline to remind, daily overdue notices, when to escalate. */
@Path("/")
public class ReminderPolicyPage {
    static final List<String> FIELDS = List.of("daysBefore", "onDueDay", "overdueDaily", "escalateAfterWorkingDays");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance policy();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    PlanApi plans;
    @Inject
    @RestClient
    NotificationApi notifications;

    @GET
    @Path("ke-hoach/{id}/nhac-han")
    public TemplateInstance page(@PathParam("id") String id, @QueryParam("xong") String done) {
        user.require();
        Map<String, Object> policy;
        boolean own = true;
        try {
            policy = notifications.policy("PLAN", id);
        } catch (ServiceProblem e) {
            if (e.status() != 404) {
                throw e;
            }
            policy = notifications.defaultPolicy();
            own = false;
        }
        return Templates.policy().data("plan", plans.plan(id)).data("form", form(policy)).data("own", own).data("errors", FieldErrors.NONE).data("done", done);
    }

    @POST
    @Path("ke-hoach/{id}/nhac-han")
    public Response save(@PathParam("id") String id, @FormParam("daysBefore") String daysBefore, @FormParam("onDueDay") String onDueDay,
                         @FormParam("overdueDaily") String overdueDaily, @FormParam("escalateAfterWorkingDays") String escalate) {
        user.require();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("daysBefore", daysBefore == null ? "" : daysBefore);
        typed.put("onDueDay", onDueDay == null ? "" : "on");
        typed.put("overdueDaily", overdueDaily == null ? "" : "on");
        typed.put("escalateAfterWorkingDays", escalate == null ? "" : escalate);
        try {
            notifications.putPolicy("PLAN", id, body(typed));
            return Response.seeOther(URI.create("/ke-hoach/" + id + "/nhac-han?xong=luu")).build();
        } catch (ServiceProblem p) {
            if (p.status() != 400) {
                throw p;
            }
            return Response.status(400).entity(Templates.policy().data("plan", plans.plan(id)).data("form", typed).data("own", true).data("errors", FieldErrors.of(p, FIELDS)).data("done", null)).build();
        } catch (NumberFormatException e) {
            return Response.status(400).entity(Templates.policy().data("plan", plans.plan(id)).data("form", typed).data("own", true).data("errors", FieldErrors.of(new ServiceProblem(400, null, null,
                    List.of(new ServiceProblem.FieldError(e.getMessage(), "Phải là số nguyên."))), FIELDS)).data("done", null)).build();
        }
    }

    /** "7, 3, 1" → [7, 3, 1]; a part that is not a whole number is refused naming its input. */
    static Map<String, Object> body(Map<String, String> typed) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<Integer> days = new ArrayList<>();
        for (String part : typed.get("daysBefore").split("[,;\\s]+")) {
            if (!part.isBlank()) {
                days.add(parse(part, "daysBefore"));
            }
        }
        body.put("daysBefore", days);
        body.put("onDueDay", !typed.get("onDueDay").isEmpty());
        body.put("overdueDaily", !typed.get("overdueDaily").isEmpty());
        String escalate = typed.get("escalateAfterWorkingDays");
        body.put("escalateAfterWorkingDays", escalate.isBlank() ? null : parse(escalate, "escalateAfterWorkingDays"));
        return body;
    }

    private static int parse(String s, String field) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new NumberFormatException(field);
        }
    }

    static Map<String, String> form(Map<String, Object> policy) {
        Map<String, String> form = new LinkedHashMap<>();
        Object days = policy.get("daysBefore");
        form.put("daysBefore", days instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : "");
        form.put("onDueDay", Boolean.TRUE.equals(policy.get("onDueDay")) ? "on" : "");
        form.put("overdueDaily", Boolean.TRUE.equals(policy.get("overdueDaily")) ? "on" : "");
        form.put("escalateAfterWorkingDays", String.valueOf(policy.getOrDefault("escalateAfterWorkingDays", "")));
        return form;
    }
}
