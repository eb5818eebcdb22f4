package vn.phoihop.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.CloudEventHeaders;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
class PlanIssueTest {
    static final String STTTT = "DKN.STTTT";
    static final String COORDINATOR = DevTokens.issue(STTTT, "coordinator");

    @Inject
    ServiceClock clock;

    @BeforeEach
    void directory() {
        Agencies.ensureDakNong();
        // spring 2020, when the Đắk Nông plan was current: its deadline 20/6/2020 is still ahead
        clock.set(Clock.fixed(Instant.parse("2020-04-15T02:00:00Z"), ServiceClock.ZONE));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> pressPlan() {
        return Map.of(
                "subject", "Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020",
                "place", "Đắk Nông",
                "tasks", List.of(Map.of(
                        "title", "Các cơ quan báo chí trên địa bàn tỉnh (Đài PTTH tỉnh, Báo Đắk Nông, Tạp chí Năm Nung)",
                        "description", "Định kỳ hàng quý, 6 tháng, 01 năm báo cáo tình hình, kết quả thực hiện gửi Sở Thông tin và Truyền thông để tổng hợp báo cáo Ban Chỉ đạo 138 tỉnh theo yêu cầu.",
                        "leadAgencyCode", "DKN.DAIPTTH",
                        "cooperatingAgencyCodes", List.of("DKN.BAODAKNONG", "DKN.TAPCHINAMNUNG"),
                        "deadline", "2020-06-20")));
    }

    @Test
    void issuingAllocatesANumberAndPublishesPlanIssued() {
        String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(pressPlan())
                .when().post("/plans")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("number", nullValue())
                .body("subject", equalTo("Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020"))
                .extract().path("id");

        String number = given().auth().oauth2(COORDINATOR)
                .when().post("/plans/{id}/issue", id)
                .then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("number", matchesPattern("[0-9]+/KH-STTTT"))
                .extract().path("number");

        try (KafkaEvents events = KafkaEvents.reading(Topics.PLAN)) {
            ConsumerRecord<String, String> record = events.await(EventTypes.PLAN_ISSUED,
                    data -> id.equals(data.path("planId").asText()), Duration.ofSeconds(30));
            assertEquals(id, record.key(), "plan events are keyed by plan id");
            assertEquals("1.0", KafkaEvents.header(record, CloudEventHeaders.SPEC_VERSION));
            assertEquals("/phoihop/plan-service", KafkaEvents.header(record, CloudEventHeaders.SOURCE));
            assertNotNull(KafkaEvents.header(record, CloudEventHeaders.ID));
            JsonNode data = KafkaEvents.data(record);
            assertEquals(List.of(), EventSchemas.problems(EventTypes.PLAN_ISSUED, data));
            assertEquals(number, data.path("number").asText());
            assertEquals("DKN.DAIPTTH", data.path("tasks").path(0).path("leadAgencyCode").asText());
            assertEquals("DKN.TAPCHINAMNUNG", data.path("tasks").path(0).path("cooperatingAgencyCodes").path(1).asText());
        }

        given().auth().oauth2(COORDINATOR).when().post("/plans/{id}/issue", id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidBodyNamesTheFieldAndStoresNothing() {
        String before = given().auth().oauth2(COORDINATOR).get("/plans").then().statusCode(200).extract().header("X-Total-Count");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("subject", "", "tasks", List.of(Map.of("title", "Nhiệm vụ", "leadAgencyCode", ""))))
                .when().post("/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("subject"))
                .body("errors.field", hasItem("tasks[0].leadAgencyCode"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("subject", "Kế hoạch", "tasks", List.of(Map.of("title", "Nhiệm vụ", "leadAgencyCode", "DKN.KHONGCO"))))
                .when().post("/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("tasks[0].leadAgencyCode"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body("{\"subject\": \"Kế hoạch\", \"tasks\": [{\"title\": \"x\", \"leadAgencyCode\": \"DKN.STTTT\", \"deadline\": \"20/6/2020\"}]}")
                .when().post("/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("tasks[0].deadline"));
        given().auth().oauth2(COORDINATOR).get("/plans").then().statusCode(200).header("X-Total-Count", equalTo(before));
    }

    @Test
    void anotherAgencySeesNothingAndOfficersCannotDraft() {
        String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(pressPlan())
                .post("/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.issue("DKN.CAT", "coordinator")).get("/plans/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.issue("DKN.CAT", "coordinator")).post("/plans/{id}/issue", id)
                .then().statusCode(404);
        given().auth().oauth2(DevTokens.issue(STTTT, "officer")).contentType(ContentType.JSON).body(pressPlan())
                .post("/plans").then().statusCode(403);
        given().contentType(ContentType.JSON).body(pressPlan()).post("/plans").then().statusCode(401);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/plans/{id}/amendments"))
                .body(org.hamcrest.Matchers.containsString("Thông tin tuyên truyền về Phòng, chống mại dâm năm 2022"));
    }
}
