package vn.phoihop.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.phoihop.report.Assignments.BAO_DAK_NONG;
import static vn.phoihop.report.Assignments.DEADLINE_2020;
import static vn.phoihop.report.Assignments.PATIENCE;
import static vn.phoihop.report.Assignments.SUMMARY;

@QuarkusTest
class ReportValidationTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        DakNong.directoryKnown();
    }

    static final String BAO_OFFICER = DevTokens.issue(BAO_DAK_NONG, "officer");

    @Test
    void invalidBodiesNameTheFieldAndStoreAndPublishNothing() {
        TaskAssigned task = Assignments.assign(Assignments.pressTask(BAO_DAK_NONG, DEADLINE_2020));
        Assignments.awaitKnown(task);
        String assignmentId = task.assignmentId().toString();

        refused(Map.of("assignmentId", assignmentId, "summary", "   "), "summary");
        refused(Map.of("assignmentId", assignmentId, "summary", "x".repeat(20001)), "summary");
        refused(Map.of("assignmentId", assignmentId, "summary", SUMMARY, "indicators", Map.of("NEWS_ARTICLES", -1)),
                "indicators.NEWS_ARTICLES");
        refused(Map.of("assignmentId", assignmentId, "summary", SUMMARY, "indicators", Map.of("NEWS_ARTICLES", 1.5)),
                "indicators.NEWS_ARTICLES");
        refused(Map.of("assignmentId", assignmentId, "summary", SUMMARY, "indicators", Map.of("TIPS_HANDLED_RATE", 100.5)),
                "indicators.TIPS_HANDLED_RATE");
        refused(Map.of("assignmentId", assignmentId, "summary", SUMMARY, "indicators", Map.of("PLAN_ISSUED", 2)),
                "indicators.PLAN_ISSUED");
        refused(Map.of("assignmentId", assignmentId, "summary", SUMMARY, "indicators", Map.of("Số tin bài", 12)),
                "indicators.Số tin bài");
        refused(Map.of("assignmentId", assignmentId, "summary", SUMMARY, "indicators", Map.of("articles", 12)),
                "indicators.articles");
        refused(Map.of("assignmentId", assignmentId, "summary", SUMMARY, "indicators", Map.of("NO_SUCH_INDICATOR", 12)),
                "indicators.NO_SUCH_INDICATOR");
        refused(Map.of("summary", SUMMARY), "assignmentId");
        refused(Map.of("assignmentId", "45/KH-STTTT", "summary", SUMMARY), "assignmentId");
        refused("{\"assignmentId\": \"" + assignmentId + "\", \"summary\": \"x\", \"indicators\": {\"NEWS_ARTICLES\": \"mười hai\"}}",
                "indicators.NEWS_ARTICLES");
        Map<String, Object> noValue = new HashMap<>(Map.of("NEWS_ARTICLES", 1));
        noValue.put("POSTERS_BANNERS", null);
        refused(Map.of("assignmentId", assignmentId, "summary", SUMMARY, "indicators", noValue), "indicators.POSTERS_BANNERS");

        given().auth().oauth2(BAO_OFFICER).get("/reports").then().statusCode(200)
                .body("assignmentId", not(hasItem(assignmentId)));

        // nothing was stored: the first valid report is accepted, and it is the only event for the assignment
        String id = given().auth().oauth2(BAO_OFFICER).contentType(ContentType.JSON).body(Assignments.report(task))
                .post("/reports").then().statusCode(201).extract().path("id");
        try (KafkaEvents events = KafkaEvents.reading(Topics.REPORT)) {
            events.await(EventTypes.REPORT_SUBMITTED, data -> id.equals(data.path("reportId").asText()), PATIENCE);
            List<String> forAssignment = events.all(EventTypes.REPORT_SUBMITTED, Duration.ofSeconds(2)).stream()
                    .map(KafkaEvents::data)
                    .filter(data -> assignmentId.equals(data.path("assignmentId").asText()))
                    .map(data -> data.path("reportId").asText())
                    .toList();
            assertEquals(List.of(id), forAssignment);
        }
    }

    @Test
    void indicatorsTheObligationDoesNotAskForAreRefusedAndTheOthersTaken() {
        TaskAssigned task = Assignments.assign(Assignments.quarterly(UUID.randomUUID(), UUID.randomUUID(), BAO_DAK_NONG,
                AssignmentRole.LEAD, BAO_DAK_NONG, Assignments.STTTT, DEADLINE_2020,
                List.of("NEWS_ARTICLES", "REPORTAGES", "TIPS_HANDLED_RATE", "PLAN_ISSUED")));
        Assignments.awaitKnown(task);
        String assignmentId = task.assignmentId().toString();
        given().auth().oauth2(BAO_OFFICER).get("/assignments").then().statusCode(200)
                .body("find { it.assignmentId == '" + assignmentId + "' }.indicatorCodes",
                        equalTo(List.of("NEWS_ARTICLES", "REPORTAGES", "TIPS_HANDLED_RATE", "PLAN_ISSUED")))
                .body("find { it.assignmentId == '" + assignmentId + "' }.periodKey", equalTo("2020-Q2"))
                .body("find { it.assignmentId == '" + assignmentId + "' }.periodLabel", equalTo("Quý II/2020"));

        // BROADCAST_MINUTES exists in the catalogue but this obligation does not ask for it: both faults are named
        given().auth().oauth2(BAO_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("assignmentId", assignmentId, "summary", SUMMARY,
                        "indicators", Map.of("NEWS_ARTICLES", 12, "BROADCAST_MINUTES", 30, "REPORTAGES", -2)))
                .post("/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("indicators.BROADCAST_MINUTES", "indicators.REPORTAGES")));

        given().auth().oauth2(BAO_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("assignmentId", assignmentId, "summary", SUMMARY,
                        "indicators", Map.of("NEWS_ARTICLES", 12, "TIPS_HANDLED_RATE", 100, "PLAN_ISSUED", 1, "REPORTAGES", 0)))
                .post("/reports")
                .then().statusCode(201)
                .body("indicators.NEWS_ARTICLES", equalTo(12))
                .body("indicators.TIPS_HANDLED_RATE", equalTo(100))
                .body("indicators.PLAN_ISSUED", equalTo(1))
                .body("revision", equalTo(1))
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void anUnknownAssignmentIsNotFound() {
        given().auth().oauth2(BAO_OFFICER).contentType(ContentType.JSON)
                .body(Assignments.report(Assignments.pressTask(BAO_DAK_NONG, DEADLINE_2020))).post("/reports")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().auth().oauth2(BAO_OFFICER).get("/reports/{id}", java.util.UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(BAO_OFFICER).get("/reports/{id}", "không-phải-uuid").then().statusCode(404);
    }

    private static void refused(Object body, String field) {
        given().auth().oauth2(BAO_OFFICER).contentType(ContentType.JSON).body(body).post("/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }
}
