package vn.phoihop.console.flow;

import io.quarkus.qute.TemplateData;
import vn.phoihop.console.services.Json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A plan's timeline (dòng thời gian), put together from what the services keep: the document's versions
 * (plan-service), each assignment's dated steps (task-service) and each report's revisions and reviews
 * (report-service). Newest first.
 */
public final class Timeline {

    @TemplateData
    public record Entry(String at, String kind, String agencyCode, String what, String assignmentId) {
    }

    private Timeline() {
    }

    public static List<Entry> of(List<Map<String, Object>> versions, List<Map<String, Object>> assignments, List<Map<String, Object>> reports) {
        List<Entry> out = new ArrayList<>();
        for (Map<String, Object> v : versions) {
            String change = String.valueOf(v.get("change"));
            String kind = switch (change.toUpperCase()) {
                case "ISSUED" -> "PlanIssued";
                case "AMENDED" -> "PlanAmended";
                case "REVOKED" -> "PlanRevoked";
                case "DRAFTED", "CREATED", "DRAFT" -> "PlanDrafted";
                default -> "Plan" + change;
            };
            add(out, v.get("recordedAt"), kind, null, v.get("reason") == null ? "Phiên bản " + v.get("version") : Json.str(v.get("reason")), null);
            if ("PlanIssued".equals(kind) && !assignments.isEmpty()) {
                long agencies = assignments.stream().map(a -> a.get("agencyCode")).distinct().count();
                add(out, v.get("recordedAt"), "TaskAssigned", null, "Giao " + assignments.size() + " nhiệm vụ theo kỳ cho " + agencies + " đơn vị", null);
            }
        }
        for (Map<String, Object> a : assignments) {
            String id = Json.str(a.get("id"));
            String agency = Json.str(a.get("agencyCode"));
            String what = a.get("taskTitle") + (a.get("periodLabel") == null ? "" : " · " + a.get("periodLabel"));
            add(out, a.get("acknowledgedAt"), "TaskAcknowledged", agency, what, id);
            add(out, a.get("overdueAt"), "TaskOverdue", agency, what, id);
            add(out, a.get("cancelledAt"), "TaskCancelled", agency, what, id);
        }
        for (Map<String, Object> r : reports) {
            String agency = Json.str(r.get("agencyCode"));
            String assignment = Json.str(r.get("assignmentId"));
            for (Object o : Json.list(r.get("revisions"))) {
                Map<String, Object> rev = Json.map(o);
                int n = (int) Json.num(rev.get("revision"));
                add(out, rev.get("submittedAt"), n <= 1 ? "ReportSubmitted" : "ReportRevised", agency, "Báo cáo lần " + n, assignment);
                if (rev.get("reviewedAt") != null) {
                    boolean accepted = "ACCEPTED".equals(rev.get("decision"));
                    add(out, rev.get("reviewedAt"), accepted ? "ReportAccepted" : "ReportReturned", agency,
                            rev.get("reviewComment") == null ? "Lần " + n : "Lần " + n + ": " + rev.get("reviewComment"), assignment);
                }
            }
        }
        out.sort(Comparator.comparing(Entry::at).reversed());
        return out;
    }

    private static void add(List<Entry> out, Object at, String kind, String agency, String what, String assignmentId) {
        if (at != null && !at.toString().isBlank()) {
            out.add(new Entry(at.toString(), kind, agency, what, assignmentId));
        }
    }
}
