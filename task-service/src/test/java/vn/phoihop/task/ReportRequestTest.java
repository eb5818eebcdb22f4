package vn.phoihop.task;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.ObligationKind;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.phoihop.task.DienBienAssignmentTest.WAIT;

/**
 * Report requests: an on-request obligation ("báo cáo khi có yêu cầu") asked for with a date, a data window and
 * indicators; a stand-alone request (báo cáo đột xuất) to chosen agencies; both withdrawn.
 */
@QuarkusTest
class ReportRequestTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Directory.dakNong();
    }

    static final String STTTT = "DKN.STTTT";
    static final String CAT = "DKN.CAT";
    static final String SVHTTDL = "DKN.SVHTTDL";
    static final String BAO = "DKN.BAODAKNONG";
    static final String DAI = "DKN.DAIPTTH";
    static final String COORDINATOR = DevTokens.issue(STTTT, "coordinator");

    @Inject
    ServiceClock clock;

    @BeforeEach
    void monday() {
        clock.set(Clock.fixed(OffsetDateTime.parse("2026-03-02T09:00:00+07:00").toInstant(), ServiceClock.ZONE));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Map<String, Object> body(UUID planId, UUID obligationId, String deadline) {
        Map<String, Object> b = new HashMap<>();
        if (planId != null) {
            b.put("planId", planId);
            b.put("obligationId", obligationId);
        }
        b.put("title", "Báo cáo kết quả tuyên truyền phòng, chống mua bán người dịp Tết Nguyên đán Bính Ngọ");
        b.put("text", "Đề nghị báo cáo số tin, bài, phóng sự và hoạt động tuyên truyền đã thực hiện.");
        b.put("deadline", deadline);
        b.put("dataFrom", "2026-01-15");
        b.put("dataTo", "2026-02-28");
        b.put("indicatorCodes", List.of("NEWS_ARTICLES", "COMMUNITY_EVENTS"));
        return b;
    }

    @Test
    void anOnRequestObligationIsRequestedWithADateThatStartsTheWork() {
        UUID planId = UUID.randomUUID();
        UUID obligationId = UUID.randomUUID();
        PlanIssued.Obligation onRequest = new PlanIssued.Obligation(obligationId, ObligationKind.ON_REQUEST,
                "Báo cáo khi có yêu cầu", null, null, null, null, null, null, STTTT, STTTT, null, null, List.of());
        PlanIssued plan = new PlanIssued(planId, "45/KH-STTTT", STTTT,
                "Thông tin, tuyên truyền phòng, chống mua bán người năm 2026", LocalDate.of(2026, 1, 10),
                List.of(new PlanIssued.Task(UUID.randomUUID(), "Công an tỉnh",
                        "Cung cấp thông tin về tình hình mua bán người; báo cáo khi có yêu cầu", CAT, List.of(SVHTTDL),
                        null, List.of(onRequest))));
        KafkaEvents.send(TestEvents.event(Topics.PLAN, planId.toString(), EventTypes.PLAN_ISSUED, null, plan));
        await().atMost(WAIT).until(() -> {
            io.restassured.response.Response r = given().auth().oauth2(COORDINATOR).get("/plans/{id}/assignments", planId);
            return r.statusCode() == 200 && r.jsonPath().getList("$").size() == 2;
        });

        // bad input names the field and requests nothing
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body(planId, obligationId, "2026-02-27"))
                .post("/report-requests").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("deadline"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(body(planId, UUID.randomUUID(), "2026-03-13"))
                .post("/report-requests").then().statusCode(400).body("errors.field", hasItem("obligationId"));
        Map<String, Object> stranger = body(planId, obligationId, "2026-03-13");
        stranger.put("agencyCodes", List.of(BAO));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(stranger)
                .post("/report-requests").then().statusCode(400).body("errors.field", hasItem("agencyCodes"));
        given().auth().oauth2(DevTokens.issue("DKN.UBND", "coordinator")).contentType(ContentType.JSON)
                .body(body(planId, obligationId, "2026-03-13")).post("/report-requests").then().statusCode(404);
        assertEquals(2, given().auth().oauth2(COORDINATOR).get("/plans/{id}/assignments", planId).jsonPath().getList("$").size());

        try (KafkaEvents events = KafkaEvents.reading(Topics.TASK)) {
            Map<String, Object> request = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                    .body(body(planId, obligationId, "2026-03-13")).post("/report-requests")
                    .then().statusCode(201).body("standAlone", equalTo(false)).body("planNumber", equalTo("45/KH-STTTT"))
                    .body("assignments.size()", equalTo(2))
                    .body("assignments.find { it.agencyCode == 'DKN.CAT' }.deadline", equalTo("2026-03-13"))
                    // the cooperating department reports to the police 3 working days earlier
                    .body("assignments.find { it.agencyCode == 'DKN.SVHTTDL' }.deadline", equalTo("2026-03-10"))
                    .extract().jsonPath().getMap("$");
            String period = (String) request.get("periodKey");
            assertTrue(period.matches("REQUEST-[0-9]+"), period);
            ConsumerRecord<String, String> assigned = events.await(EventTypes.TASK_ASSIGNED,
                    d -> period.equals(d.path("periodKey").asText()) && CAT.equals(d.path("agencyCode").asText()), WAIT);
            assertEquals(List.of(), EventSchemas.problems(EventTypes.TASK_ASSIGNED, KafkaEvents.data(assigned)));
            assertEquals("2026-01-15", KafkaEvents.data(assigned).path("dataFrom").asText());
            assertEquals("NEWS_ARTICLES", KafkaEvents.data(assigned).path("indicatorCodes").get(0).asText());

            // in the police's inbox, dated, with its window; the standing undated one stays
            given().auth().oauth2(DevTokens.issue(CAT, "officer")).queryParam("plan", planId).get("/inbox").then()
                    .statusCode(200).header("X-Total-Count", "2")
                    .body("find { it.periodKey == '" + period + "' }.deadline", equalTo("2026-03-13"))
                    .body("find { it.periodKey == '" + period + "' }.dataTo", equalTo("2026-02-28"))
                    .body("find { it.periodKey == '" + period + "' }.bucket", equalTo("NOT_YET_DUE"));
            // a column of its own in the issuer's matrix
            given().auth().oauth2(COORDINATOR).get("/plans/{id}/matrix", planId).then().statusCode(200)
                    .body("periods.key", hasItem(period));
            given().auth().oauth2(COORDINATOR).get("/report-requests").then().statusCode(200)
                    .body("id", hasItem(request.get("id")));
        }
    }

    @Test
    void aStandAloneRequestGoesToTheChosenAgenciesAndCanBeWithdrawn() {
        Map<String, Object> b = body(null, null, "2026-03-06");
        b.put("reference", "Công văn số 15/STTTT-BCXB");
        b.put("agencyCodes", List.of(BAO, DAI));
        Map<String, Object> request = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(b)
                .post("/report-requests").then().statusCode(201)
                .body("standAlone", equalTo(true)).body("planNumber", equalTo("Công văn số 15/STTTT-BCXB"))
                .body("agencyCodes", equalTo(List.of(BAO, DAI)))
                .extract().jsonPath().getMap("$");
        String id = (String) request.get("id");
        given().auth().oauth2(DevTokens.issue(BAO, "officer")).queryParam("plan", id).get("/inbox").then()
                .statusCode(200).header("X-Total-Count", "1")
                .body("[0].taskTitle", equalTo(b.get("title"))).body("[0].reportToCode", equalTo(STTTT))
                .body("[0].deadline", equalTo("2026-03-06"));
        given().auth().oauth2(COORDINATOR).get("/plans/{id}/matrix", id).then().statusCode(200)
                .body("periods.key", hasItem(request.get("periodKey")));
        given().auth().oauth2(DevTokens.issue(BAO, "coordinator")).get("/report-requests/{id}", id).then().statusCode(404);

        Map<String, Object> none = body(null, null, "2026-03-06");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(none).post("/report-requests")
                .then().statusCode(400).body("errors.field", hasItem("agencyCodes"));

        try (KafkaEvents events = KafkaEvents.reading(Topics.TASK)) {
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("reason", "Đã có số liệu từ Công an tỉnh"))
                    .post("/report-requests/{id}/withdraw", id).then().statusCode(200)
                    .body("status", equalTo("WITHDRAWN")).body("assignments.status", equalTo(List.of("CANCELLED", "CANCELLED")));
            ConsumerRecord<String, String> cancelled = events.await(EventTypes.TASK_CANCELLED,
                    d -> id.equals(d.path("planId").asText()), WAIT);
            assertEquals(List.of(), EventSchemas.problems(EventTypes.TASK_CANCELLED, KafkaEvents.data(cancelled)));
            assertEquals("REQUEST_WITHDRAWN", KafkaEvents.data(cancelled).path("reason").asText());
        }
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of())
                .post("/report-requests/{id}/withdraw", id).then().statusCode(409);
        given().auth().oauth2(COORDINATOR).get("/report-requests/{id}", id).then().statusCode(200)
                .body("$", hasKey("withdrawReason")).body("withdrawReason", equalTo("Đã có số liệu từ Công an tỉnh"));
    }
}
