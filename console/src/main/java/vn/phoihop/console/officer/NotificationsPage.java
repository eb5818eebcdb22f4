package vn.phoihop.console.officer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.phoihop.console.services.NotificationApi;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.signin.CurrentUser;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Thông báo: what notification-service told the agency (new tasks, reminders, overdue notices), and the urging letter (văn bản đôn đốc). */
@Path("/thong-bao")
public class NotificationsPage {
    /** Kinds that come with a letter. */
    static final Set<String> WITH_LETTER = Set.of("ESCALATION", "URGING_COPY");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance notifications();

        static native TemplateInstance notification();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    NotificationApi notifications;

    @GET
    public TemplateInstance list(@QueryParam("kind") String kind) {
        user.require();
        String k = kind == null || kind.isBlank() ? null : kind;
        return Templates.notifications().data("items", notifications.notifications(k)).data("kind", k).data("kinds", List.of("TASK_ASSIGNED", "DOCUMENT_RECEIVED", "REMINDER", "OVERDUE", "ESCALATION", "URGING_COPY", "REPORT_SUBMITTED"));
    }

    @GET
    @Path("{id}")
    public TemplateInstance one(@PathParam("id") String id) {
        user.require();
        Map<String, Object> n = notifications.notification(id);
        String letter = null;
        if (WITH_LETTER.contains(String.valueOf(n.get("kind")))) {
            try {
                letter = notifications.letter(id);
            } catch (ServiceProblem e) {
                letter = null;
            }
        }
        return Templates.notification().data("n", n).data("letter", letter);
    }
}
