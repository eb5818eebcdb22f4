package vn.phoihop.task;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.CloudEventHeaders;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.phoihop.task.PressPlan.BAODAKNONG;
import static vn.phoihop.task.PressPlan.CAT;
import static vn.phoihop.task.PressPlan.DAIPTTH;
import static vn.phoihop.task.PressPlan.ISSUER_COORDINATOR;
import static vn.phoihop.task.PressPlan.STTTT;
import static vn.phoihop.task.PressPlan.TAPCHINAMNUNG;
import static vn.phoihop.task.PressPlan.TASK_TITLE;

@QuarkusTest
class AssignmentTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Directory.dakNong();
    }

    static final String NEWSPAPER_OFFICER = DevTokens.issue(BAODAKNONG, "officer");

    @Test
    void issuedPlanAssignsTheLeadAndEveryCooperatingAgency() {
        PlanIssued plan = PressPlan.issued();
        PressPlan.send(plan);

        try (KafkaEvents events = KafkaEvents.reading(Topics.TASK)) {
            for (String agency : List.of(DAIPTTH, BAODAKNONG, TAPCHINAMNUNG)) {
                ConsumerRecord<String, String> record = events.await(EventTypes.TASK_ASSIGNED,
                        d -> plan.planId().toString().equals(d.path("planId").asText()) && agency.equals(d.path("agencyCode").asText()),
                        Duration.ofSeconds(30));
                assertEquals(agency, record.key(), "task events are keyed by the assignee agency");
                assertEquals(agency, KafkaEvents.header(record, CloudEventHeaders.SUBJECT));
                assertEquals("/phoihop/task-service", KafkaEvents.header(record, CloudEventHeaders.SOURCE));
                JsonNode data = KafkaEvents.data(record);
                assertEquals(List.of(), EventSchemas.problems(EventTypes.TASK_ASSIGNED, data));
                assertEquals(DAIPTTH.equals(agency) ? "LEAD" : "COOPERATING", data.path("role").asText());
                assertEquals(TASK_TITLE, data.path("taskTitle").asText());
                assertEquals(plan.number(), data.path("planNumber").asText());
                assertEquals("2020-06-20", data.path("deadline").asText());
            }
        }

        List<Map<String, Object>> all = PressPlan.awaitAssignments(plan.planId(), 3);
        assertEquals(3, all.size());
        given().auth().oauth2(NEWSPAPER_OFFICER).queryParam("plan", plan.planId()).get("/inbox")
                .then().statusCode(200)
                .body("agencyCode", everyItem(equalTo(BAODAKNONG)))
                .body("findAll { it.planId == '" + plan.planId() + "' }.size()", equalTo(1))
                .body("find { it.planId == '" + plan.planId() + "' }.role", equalTo("COOPERATING"))
                .body("find { it.planId == '" + plan.planId() + "' }.taskTitle", equalTo(TASK_TITLE))
                .body("find { it.planId == '" + plan.planId() + "' }.issuerCode", equalTo(STTTT));
    }

    @Test
    void onlyTheAssigneeAndTheIssuerSeeAnAssignment() {
        PlanIssued plan = PressPlan.issued();
        PressPlan.send(plan);
        String stationsTask = PressPlan.awaitAssignmentOf(plan.planId(), DAIPTTH);

        given().auth().oauth2(DevTokens.issue(DAIPTTH, "officer")).get("/assignments/{id}", stationsTask)
                .then().statusCode(200).body("agencyCode", equalTo(DAIPTTH)).body("role", equalTo("LEAD"))
                .body("status", equalTo("ASSIGNED")).body("deadline", equalTo("2020-06-20"));
        given().auth().oauth2(ISSUER_COORDINATOR).get("/assignments/{id}", stationsTask)
                .then().statusCode(200).body("planNumber", equalTo(plan.number()));
        given().auth().oauth2(NEWSPAPER_OFFICER).get("/assignments/{id}", stationsTask)
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().auth().oauth2(DevTokens.issue(CAT, "coordinator")).get("/assignments/{id}", stationsTask)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.issue(CAT, "coordinator")).get("/plans/{id}/assignments", plan.planId())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(ISSUER_COORDINATOR).get("/plans/{id}/assignments", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.issue(CAT, "officer")).queryParam("plan", plan.planId()).get("/inbox")
                .then().statusCode(200).header("X-Total-Count", "0").body("id", org.hamcrest.Matchers.not(hasItem(stationsTask)));
    }

    @Test
    void inboxListsTheNearestDeadlineFirstAndUndatedTasksLast() {
        UUID planId = UUID.randomUUID();
        PlanIssued plan = new PlanIssued(planId, "47/KH-STTTT", STTTT,
                "Kế hoạch tuyên truyền phòng, chống tội phạm năm 2020", LocalDate.of(2020, 3, 1), List.of(
                new PlanIssued.Task(UUID.randomUUID(), "Báo cáo khi có yêu cầu", null, CAT, List.of(), null),
                new PlanIssued.Task(UUID.randomUUID(), "Báo cáo 6 tháng", null, CAT, List.of(), LocalDate.of(2020, 6, 14)),
                new PlanIssued.Task(UUID.randomUUID(), "Báo cáo quý I", null, CAT, List.of(), LocalDate.of(2020, 3, 14))));
        PressPlan.send(plan);
        PressPlan.awaitAssignments(planId, 3);

        List<String> titles = given().auth().oauth2(DevTokens.issue(CAT, "officer")).queryParam("plan", planId).get("/inbox")
                .then().statusCode(200).header("X-Total-Count", "3").extract().jsonPath().getList("taskTitle");
        assertEquals(List.of("Báo cáo quý I", "Báo cáo 6 tháng", "Báo cáo khi có yêu cầu"), titles);
    }

    @Test
    void acknowledgingMovesAnAssignedTaskOnceAndPublishesIt() {
        PlanIssued plan = PressPlan.issued();
        PressPlan.send(plan);
        String newspapersTask = PressPlan.awaitAssignmentOf(plan.planId(), BAODAKNONG);

        given().auth().oauth2(DevTokens.issue(DAIPTTH, "officer")).post("/assignments/{id}/acknowledge", newspapersTask)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(ISSUER_COORDINATOR).post("/assignments/{id}/acknowledge", newspapersTask)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(NEWSPAPER_OFFICER).queryParam("plan", plan.planId()).get("/inbox?status=ASSIGNED")
                .then().statusCode(200).body("id", hasItem(newspapersTask));

        given().auth().oauth2(NEWSPAPER_OFFICER).post("/assignments/{id}/acknowledge", newspapersTask)
                .then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedAt", notNullValue())
                .body("submittedAt", nullValue());

        try (KafkaEvents events = KafkaEvents.reading(Topics.TASK)) {
            ConsumerRecord<String, String> record = events.await(EventTypes.TASK_ACKNOWLEDGED,
                    d -> newspapersTask.equals(d.path("assignmentId").asText()), Duration.ofSeconds(30));
            assertEquals(BAODAKNONG, record.key());
            assertEquals(List.of(), EventSchemas.problems(EventTypes.TASK_ACKNOWLEDGED, KafkaEvents.data(record)));
            assertEquals(STTTT, KafkaEvents.data(record).path("issuerCode").asText());
        }

        given().auth().oauth2(NEWSPAPER_OFFICER).post("/assignments/{id}/acknowledge", newspapersTask)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(NEWSPAPER_OFFICER).queryParam("plan", plan.planId()).get("/inbox?status=ACKNOWLEDGED")
                .then().statusCode(200).body("id", hasItem(newspapersTask)).body("status", everyItem(equalTo("ACKNOWLEDGED")));
        given().auth().oauth2(NEWSPAPER_OFFICER).queryParam("plan", plan.planId()).get("/inbox?status=ASSIGNED")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem(newspapersTask)));
    }

    @Test
    void badStatusNamesTheFieldAndEveryEndpointNeedsAToken() {
        given().auth().oauth2(NEWSPAPER_OFFICER).get("/inbox?status=DONE")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(NEWSPAPER_OFFICER).get("/inbox?bucket=LATE")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("bucket"));
        given().auth().oauth2(NEWSPAPER_OFFICER).get("/inbox?dueBefore=31/12/2022")
                .then().statusCode(400).body("errors[0].field", equalTo("dueBefore"));
        given().auth().oauth2(NEWSPAPER_OFFICER).get("/inbox?plan=4256")
                .then().statusCode(400).body("errors[0].field", equalTo("plan"));
        given().auth().oauth2(NEWSPAPER_OFFICER).get("/inbox?size=0")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(NEWSPAPER_OFFICER).get("/assignments/not-a-uuid")
                .then().statusCode(404);
        given().get("/inbox").then().statusCode(401);
        given().get("/assignments/{id}", UUID.randomUUID()).then().statusCode(401);
        given().post("/assignments/{id}/acknowledge", UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(NEWSPAPER_OFFICER).get("/plans/{id}/assignments", UUID.randomUUID()).then().statusCode(403);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
