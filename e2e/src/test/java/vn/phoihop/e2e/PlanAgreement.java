package vn.phoihop.e2e;

import io.restassured.response.Response;
import vn.phoihop.testing.Stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * What a plan should look like in each service once its events have flowed, checked against the four
 * reconciliation views ({@code GET /admin/reconciliation/plans/{planId}}): the same assignments everywhere,
 * the same status in plan- and task-service, a reportable assignment and the reports in report-service, one
 * notification per event and one e-mail per notification in notification-service, no outbox row left or parked.
 *
 * @param planId           the plan
 * @param assignments      how many assignments it gives (one per agency)
 * @param status           the status every assignment has reached (ASSIGNED, SUBMITTED …)
 * @param reports          reports submitted on it
 * @param remindersSent    reminders sent for it
 */
record PlanAgreement(UUID planId, int assignments, String status, int reports, int remindersSent) {

    PlanAgreement withReports(int submitted) {
        return new PlanAgreement(planId, assignments, "SUBMITTED", submitted, remindersSent);
    }

    PlanAgreement withRemindersSent(int sent) {
        return new PlanAgreement(planId, assignments, status, reports, sent);
    }

    /** E-mails to the assignees: the assignment, each reminder, each report's confirmation (the issuer has no address). */
    int emails() {
        return assignments + remindersSent + reports;
    }

    /** Every way the services disagree with this expectation (or with each other); empty when they agree. */
    List<String> disagreements(Stack stack, String adminToken) {
        Map<String, Map<String, Object>> views = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String service : Stack.SERVICES) {
            Response response = given().baseUri(stack.url(service)).auth().oauth2(adminToken)
                    .get("/admin/reconciliation/plans/{planId}", planId);
            if (response.statusCode() != 200) {
                problems.add(service + " answers " + response.statusCode());
                continue;
            }
            views.put(service, response.jsonPath().getMap("$"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        expect(problems, views, "plan-service", "tasks", assignments);
        expect(problems, views, "plan-service", "assignments", assignments);
        expect(problems, views, "plan-service", "assignments." + status, assignments);
        expect(problems, views, "task-service", "assignments", assignments);
        expect(problems, views, "task-service", "assignments." + status, assignments);
        expect(problems, views, "report-service", "assignments", assignments);
        expect(problems, views, "report-service", "reports", reports);
        expect(problems, views, "notification-service", "assignments", assignments);
        expect(problems, views, "notification-service", "notifications.TASK_ASSIGNED", assignments);
        // the issuer hears of each report, and the agency gets its confirmation
        expect(problems, views, "notification-service", "notifications.REPORT_SUBMITTED", 2L * reports);
        expect(problems, views, "notification-service", "reminders.SENT", remindersSent);
        expect(problems, views, "notification-service", "deliveries.EMAIL.SENT", emails());
        expect(problems, views, "notification-service", "deliveries.EMAIL.PENDING", 0);
        expect(problems, views, "notification-service", "deliveries.EMAIL.FAILED", 0);
        for (Map.Entry<String, Map<String, Object>> view : views.entrySet()) {
            for (String outbox : List.of("outboxPending", "outboxParked")) {
                long n = ((Number) view.getValue().get(outbox)).longValue();
                if (n != 0) {
                    problems.add(view.getKey() + " " + outbox + " = " + n);
                }
            }
        }
        return problems;
    }

    private static void expect(List<String> problems, Map<String, Map<String, Object>> views, String service, String count, long expected) {
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) views.get(service).get("counts");
        Object value = counts.get(count);
        long actual = value == null ? 0 : ((Number) value).longValue();
        if (actual != expected) {
            problems.add(service + " " + count + " = " + actual + " (expected " + expected + ")");
        }
    }
}
