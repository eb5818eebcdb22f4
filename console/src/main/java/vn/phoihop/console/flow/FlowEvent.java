package vn.phoihop.console.flow;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import vn.phoihop.console.web.Labels;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One line of the event flow, read from a message of notification-service's live streams: when, which
 * kind, which agency, which document. Names are looked up in maps taken when the stream was opened
 * (the relay runs after the page's request has ended).
 */
@TemplateData
public record FlowEvent(String at, String kind, String kindLabel, String agencyCode, String agencyName, String planId,
                        String planNumber, String planSubject, String text, String assignmentId, boolean alert) {

    /** Fields that carry an event's own time, in the order they are looked for. */
    private static final List<String> TIME_FIELDS = List.of("acknowledgedAt", "submittedAt", "acceptedAt", "returnedAt", "revisedAt",
            "detectedAt", "changedAt", "cancelledAt", "assignedAt", "sentAt", "failedAt", "deliveredAt", "createdAt", "at");

    /** Kinds a coordinator should notice at once. */
    private static final List<String> ALERTS = List.of("TaskOverdue", "NotificationFailed", "ESCALATION", "URGING_COPY", "OVERDUE");

    /**
     * @param message  a live stream item: {@code {"stream", "agency", "type", "data"}}
     * @param agencies agency code → name
     * @param plans    plan id → {number, subject}
     * @param now      the time shown when the event carries none
     */
    public static FlowEvent of(JsonNode message, Map<String, String> agencies, Map<String, Map<String, Object>> plans, Instant now) {
        JsonNode data = message.path("data");
        String type = message.path("type").asText("");
        String kind = "agency".equals(message.path("stream").asText()) ? type : Labels.shortEventType(type);
        String at = null;
        for (String f : TIME_FIELDS) {
            if (data.hasNonNull(f)) {
                at = data.get(f).asText();
                break;
            }
        }
        String agency = data.path("agencyCode").asText(null);
        String planId = data.path("planId").asText(null);
        Map<String, Object> plan = planId == null ? null : plans.get(planId);
        String number = data.path("planNumber").asText(plan == null ? null : String.valueOf(plan.get("number")));
        String subject = plan == null ? null : String.valueOf(plan.get("subject"));
        boolean urging = "NotificationReminderSent".equals(kind) && "ESCALATION".equals(data.path("kind").asText());
        return new FlowEvent(at == null ? now.toString() : at, kind, urging ? "Đã gửi văn bản đôn đốc" : Labels.event(kind), agency,
                agency == null ? null : agencies.getOrDefault(agency, agency), planId, number, subject, text(kind, data),
                data.path("assignmentId").asText(null), urging || ALERTS.contains(kind));
    }

    /** What happened, in a few words. */
    static String text(String kind, JsonNode data) {
        String task = data.path("taskTitle").asText(null);
        String period = data.path("periodLabel").asText(null);
        String title = data.path("title").asText(null);
        return switch (kind) {
            case "TaskAssigned" -> join(task, period, data.hasNonNull("deadline") ? "hạn " + date(data.get("deadline").asText()) : null);
            case "TaskStatusChanged" -> Labels.status(data.path("from").asText()) + " → " + Labels.status(data.path("to").asText());
            case "TaskAcknowledged" -> "Đơn vị đã tiếp nhận nhiệm vụ";
            case "NotificationReminderSent" -> join(Labels.event(data.path("kind").asText()),
                    data.hasNonNull("deadline") ? "hạn " + date(data.get("deadline").asText()) : null);
            case "NotificationFailed" -> join(title, "kênh " + data.path("channel").asText(""), data.path("error").asText(null));
            case "TaskOverdue" -> data.hasNonNull("deadline") ? "Hạn " + date(data.get("deadline").asText()) + " đã qua" : "Đã quá hạn";
            case "ReportSubmitted", "ReportRevised" -> data.path("summary").asText(title == null ? "" : title);
            case "ReportReturned" -> data.hasNonNull("comment") ? "Ý kiến: " + data.get("comment").asText() : "Trả lại để bổ sung";
            case "ReportAccepted" -> "Lần " + data.path("revision").asText("");
            default -> title != null ? title : join(task, period, null);
        };
    }

    private static String join(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!s.isEmpty()) {
                    s.append(" · ");
                }
                s.append(p);
            }
        }
        return s.toString();
    }

    private static String date(String iso) {
        return vn.phoihop.console.web.Formats.date(iso);
    }
}
