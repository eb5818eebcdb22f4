package vn.phoihop.console.officer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.phoihop.console.services.TaskApi;
import vn.phoihop.console.signin.CurrentUser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lịch: the agency's deadlines as a calendar feed (ICS) for Outlook or a phone. The link holds a secret
 * (task-service shows it once, when it is made); the page offers to copy it.
 */
@Path("/lich")
public class CalendarPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance calendar();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    TaskApi tasks;

    @GET
    public TemplateInstance page() {
        user.require();
        return Templates.calendar().data("tokens", tasks.calendarTokens()).data("created", null);
    }

    @POST
    public TemplateInstance create(@FormParam("label") String label) {
        user.require();
        Map<String, Object> body = new HashMap<>();
        body.put("label", label == null || label.isBlank() ? "Lịch trên Phối hợp" : label.trim());
        Map<String, Object> created = tasks.newCalendarToken(body);
        return Templates.calendar().data("tokens", tasks.calendarTokens()).data("created", created);
    }
}
