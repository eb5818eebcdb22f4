package vn.phoihop.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Amendments say exactly what changed; revocation ends a document; the history keeps every version. */
@QuarkusTest
class AmendmentTest {
    static final String COORDINATOR = DevTokens.issue("DKN.STTTT", "coordinator");

    @Inject
    ServiceClock clock;

    @BeforeEach
    void setUp() {
        Agencies.ensureDemoDirectories();
        clock.set(Clock.fixed(Instant.parse("2023-07-03T02:00:00Z"), ServiceClock.ZONE));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> twoTaskPlan() {
        return Map.of(
                "subject", "Tuyên truyền phòng, chống mua bán người quý III năm 2023",
                "place", "Đắk Nông", "period", "2023", "topics", List.of("HUMAN_TRAFFICKING"),
                "tasks", List.of(
                        Map.of("title", "Đài Phát thanh và Truyền hình tỉnh", "leadAgencyCode", "DKN.DAIPTTH",
                                "cooperatingAgencyCodes", List.of("DKN.BAODAKNONG"),
                                "obligations", List.of(Map.of("kind", "ONCE", "title", "Báo cáo kết quả quý III",
                                        "deadline", "2023-09-28", "dataFrom", "2023-07-07", "dataTo", "2023-09-30",
                                        "reportToCode", "DKN.STTTT", "indicatorCodes", List.of("NEWS_ARTICLES")))),
                        Map.of("title", "Tạp chí Năm Nung", "leadAgencyCode", "DKN.TAPCHINAMNUNG")));
    }

    @Test
    void anAmendmentMovesADeadlineAndRemovesATaskThenRevocationEndsThePlan() {
        JsonNode plan = DocumentFixturesTest.json(given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(twoTaskPlan())
                .post("/plans").then().statusCode(201).extract().asString());
        String id = plan.path("id").asText();
        given().auth().oauth2(COORDINATOR).post("/plans/{id}/issue", id).then().statusCode(200).body("version", equalTo(1));
        String pressTask = plan.path("tasks").path(0).path("id").asText();
        String obligation = plan.path("tasks").path(0).path("obligations").path(0).path("id").asText();
        String magazineTask = plan.path("tasks").path(1).path("id").asText();

        // only the issuer's coordinator amends; a draft or unknown task is refused naming the field
        given().auth().oauth2(DevTokens.issue("DKN.CAT", "coordinator")).contentType(ContentType.JSON)
                .body(Map.of("reason", "x", "removeTasks", List.of(magazineTask))).post("/plans/{id}/amendments", id)
                .then().statusCode(404);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("reason", "x", "removeTasks", List.of("00000000-0000-0000-0000-000000000000")))
                .post("/plans/{id}/amendments", id).then().statusCode(400).body("errors.field", hasItem("removeTasks[0]"));

        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("reason", "Điều chỉnh thời hạn báo cáo; Tạp chí Năm Nung không tham gia",
                        "moveDeadlines", List.of(Map.of("taskId", pressTask, "obligationId", obligation, "to", "2023-10-05")),
                        "removeTasks", List.of(magazineTask)))
                .post("/plans/{id}/amendments", id)
                .then().statusCode(200)
                .body("status", equalTo("AMENDED")).body("version", equalTo(2))
                .body("tasks.id", contains(pressTask))
                .body("tasks[0].obligations[0].deadline", equalTo("2023-10-05"))
                .body("amendedOn", equalTo("2023-07-03"));

        try (KafkaEvents events = KafkaEvents.reading(Topics.PLAN)) {
            JsonNode data = KafkaEvents.data(events.await(EventTypes.PLAN_AMENDED, d -> id.equals(d.path("planId").asText()), Duration.ofSeconds(30)));
            assertEquals(List.of(), EventSchemas.problems(EventTypes.PLAN_AMENDED, data));
            assertEquals(2, data.path("version").asInt());
            assertEquals(magazineTask, data.path("tasksRemoved").path(0).asText());
            assertEquals(0, data.path("tasksAdded").size());
            assertEquals(pressTask, data.path("tasksChanged").path(0).path("taskId").asText());
            JsonNode moved = data.path("deadlinesMoved").path(0);
            assertEquals(obligation, moved.path("obligationId").asText());
            assertEquals("2023-09-28", moved.path("from").asText());
            assertEquals("2023-10-05", moved.path("to").asText());
        }

        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("reason", "Thay thế bằng Kế hoạch mới"))
                .post("/plans/{id}/revoke", id).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revocationReason", equalTo("Thay thế bằng Kế hoạch mới"));
        try (KafkaEvents events = KafkaEvents.reading(Topics.PLAN)) {
            JsonNode data = KafkaEvents.data(events.await(EventTypes.PLAN_REVOKED, d -> id.equals(d.path("planId").asText()), Duration.ofSeconds(30)));
            assertEquals(List.of(), EventSchemas.problems(EventTypes.PLAN_REVOKED, data));
            assertEquals("Thay thế bằng Kế hoạch mới", data.path("reason").asText());
        }
        // a revoked document is neither amended nor revoked again
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("reason", "x", "removeTasks", List.of(pressTask)))
                .post("/plans/{id}/amendments", id).then().statusCode(409);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/plans/{id}/revoke", id).then().statusCode(409);

        // the history: issued with two tasks, amended with one, revoked
        given().auth().oauth2(COORDINATOR).get("/plans/{id}/versions", id).then().statusCode(200)
                .body("change", contains("ISSUED", "AMENDED", "REVOKED"))
                .body("version", contains(1, 2, 2))
                .body("[0].document.tasks.size()", equalTo(2))
                .body("[0].document.tasks[0].obligations[0].deadline", equalTo("2023-09-28"))
                .body("[1].document.tasks.size()", equalTo(1))
                .body("[1].changes.tasksRemoved", contains(magazineTask))
                .body("[2].document.status", equalTo("REVOKED"));
    }

    @Test
    void aDraftCannotBeAmended() {
        String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(twoTaskPlan())
                .post("/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("reason", "x", "addTasks",
                        List.of(Map.of("title", "Báo Đắk Nông", "leadAgencyCode", "DKN.BAODAKNONG"))))
                .post("/plans/{id}/amendments", id).then().statusCode(409).contentType("application/problem+json");
    }
}
