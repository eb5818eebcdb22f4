package vn.phoihop.console.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import vn.phoihop.console.services.NotificationStream;
import vn.phoihop.console.services.PlanApi;
import vn.phoihop.console.services.ReportApi;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.services.TaskApi;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.signin.SignedIn;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Theo dõi luồng sự kiện: the events of the plans the coordinator's agency issued, as they happen, relayed
 * from notification-service's live streams (per issuer, and the agency's own notifications for the
 * urging copies) with the coordinator's own token, so the service decides what it may see. Per plan, a
 * timeline from the services' records. Nothing is kept here.
 */
@Path("/")
public class FlowPage {
    private static final Logger LOG = Logger.getLogger(FlowPage.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Notification kinds of the coordinator's own agency stream that belong in the flow. */
    static final Set<String> OWN_KINDS = Set.of("URGING_COPY", "REPORT_SUBMITTED", "ESCALATION");
    static final List<String> KINDS = List.of("TaskAssigned", "TaskAcknowledged", "TaskStatusChanged", "ReportSubmitted",
            "ReportRevised", "ReportAccepted", "ReportReturned", "TaskOverdue", "NotificationReminderSent", "URGING_COPY", "NotificationFailed",
            "TaskCancelled", "TaskRescheduled");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance flow();

        static native TemplateInstance item();

        static native TemplateInstance timeline();
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
    @Inject
    @RestClient
    NotificationStream streams;

    @GET
    @Path("luong-su-kien")
    public TemplateInstance page(@QueryParam("plan") String plan, @QueryParam("kind") String kind) {
        SignedIn me = user.require();
        requireCoordinator(me);
        return Templates.flow().data("plans", plans.plans(null, me.agencyCode(), null, null, 0, 200)).data("plan", plan).data("kind", kind).data("kinds", KINDS);
    }

    @GET
    @Path("luong-su-kien/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@QueryParam("plan") String plan, @QueryParam("kind") String kind, @Context SseEventSink sink, @Context Sse sse) {
        SignedIn me = user.require();
        requireCoordinator(me);
        // names for the lines, taken now: the relay runs after this request has ended
        Map<String, String> agencies = new HashMap<>();
        plans.agencies(null, null, null).forEach(a -> agencies.put(String.valueOf(a.get("code")), shortName(a)));
        Map<String, Map<String, Object>> issued = new HashMap<>();
        plans.plans(null, me.agencyCode(), null, null, 0, 200).forEach(p -> issued.put(String.valueOf(p.get("id")), p));
        String bearer = "Bearer " + me.token();

        Multi<String> upstream = Multi.createBy().merging().streams(
                streams.issuer(bearer).onFailure().invoke(e -> LOG.debug("issuer stream ended: " + e.getMessage())),
                streams.agency(bearer).onFailure().invoke(e -> LOG.debug("agency stream ended: " + e.getMessage())));
        Multi<String> lines = upstream
                .map(data -> toEvent(data, agencies, issued))
                .filter(e -> e != null && (plan == null || plan.isBlank() || plan.equals(e.planId()))
                        && (kind == null || kind.isBlank() || kind.equals(e.kind())))
                .map(e -> Templates.item().data("e", e).render());
        Multi<String> heartbeat = Multi.createFrom().ticks().every(Duration.ofSeconds(20)).map(t -> "");

        Cancellable[] subscription = new Cancellable[1];
        sink.send(sse.newEventBuilder().comment("luồng sự kiện của " + me.agencyCode()).build());
        subscription[0] = Multi.createBy().merging().streams(lines, heartbeat)
                .subscribe().with(
                        html -> {
                            var event = html.isEmpty() ? sse.newEventBuilder().comment("ping").build()
                                    : sse.newEventBuilder().name("flow").data(html).build();
                            sink.send(event).whenComplete((ok, failure) -> {
                                if (failure != null && subscription[0] != null) {
                                    subscription[0].cancel();
                                }
                            });
                        },
                        failure -> {
                            LOG.debug("event flow relay ended: " + failure.getMessage());
                            sink.close();
                        },
                        sink::close);
    }

    @GET
    @Path("ke-hoach/{id}/dong-thoi-gian")
    public TemplateInstance timeline(@PathParam("id") String id) {
        user.require();
        Map<String, Object> plan = plans.plan(id);
        List<Map<String, Object>> versions = plans.versions(id);
        List<Map<String, Object>> assignments;
        try {
            assignments = tasks.planAssignments(id);
        } catch (ServiceProblem e) {
            assignments = List.of();
        }
        List<Map<String, Object>> planReports = reports.reports().stream().filter(r -> id.equals(String.valueOf(r.get("planId")))).toList();
        return Templates.timeline().data("plan", plan).data("entries", Timeline.of(versions, assignments, planReports));
    }

    static FlowEvent toEvent(String data, Map<String, String> agencies, Map<String, Map<String, Object>> plans) {
        try {
            JsonNode message = JSON.readTree(data);
            if ("agency".equals(message.path("stream").asText()) && !OWN_KINDS.contains(message.path("type").asText())) {
                return null;
            }
            return FlowEvent.of(message, agencies, plans, Instant.now());
        } catch (Exception e) {
            LOG.debug("unreadable live stream item skipped: " + data);
            return null;
        }
    }

    private static String shortName(Map<String, Object> a) {
        Object s = a.get("shortName");
        return s != null && !s.toString().isBlank() ? s.toString() : String.valueOf(a.get("name"));
    }

    private static void requireCoordinator(SignedIn me) {
        if (!me.isCoordinator()) {
            throw new ServiceProblem(403, "Forbidden", "chỉ chuyên viên điều phối theo dõi luồng sự kiện", List.of());
        }
    }
}
