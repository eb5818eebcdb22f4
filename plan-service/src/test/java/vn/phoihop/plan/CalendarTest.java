package vn.phoihop.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The working calendar as managed data: official and derived years, an admin's correction published to all. */
@QuarkusTest
class CalendarTest {
    static final String ADMIN = DevTokens.issue("DKN.UBND", "admin");
    static final String OFFICER = DevTokens.issue("DKN.BAODAKNONG", "officer");
    static final String COORDINATOR = DevTokens.issue("DKN.STTTT", "coordinator");

    @Test
    void year2026FollowsTheGovernmentsDocuments() {
        given().auth().oauth2(OFFICER).get("/calendar/2026").then().statusCode(200)
                .body("status", equalTo("OFFICIAL"))
                .body("warning", nullValue())
                .body("sources.number", hasItem("12729/VPCP-KGVX"))
                .body("sources.date", hasItem("2025-12-25"))
                .body("sources.date", hasItem("2025-10-13"))
                .body("days.find { it.date == '2026-01-02' }.working", equalTo(false))
                .body("days.find { it.date == '2026-01-02' }.source", equalTo("12729/VPCP-KGVX"))
                .body("days.find { it.date == '2026-01-10' }.kind", equalTo("WORKING_SATURDAY"))
                .body("days.find { it.date == '2026-01-10' }.working", equalTo(true))
                .body("days.find { it.date == '2026-08-31' }.working", equalTo(false))
                .body("days.find { it.date == '2026-08-31' }.source", containsString("13/10/2025"))
                .body("days.find { it.date == '2026-08-22' }.dayOfWeek", equalTo("SATURDAY"))
                .body("days.find { it.date == '2026-08-22' }.working", equalTo(true));
        given().auth().oauth2(OFFICER).get("/calendar/2030").then().statusCode(200)
                .body("status", equalTo("DERIVED"))
                .body("warning", containsString("chưa có quyết định"))
                .body("days.find { it.date == '2030-02-01' }.name", containsString("Canh Tuất"))
                .body("days.find { it.date == '2030-02-07' }.working", equalTo(false))
                .body("days.date", not(hasItem("2030-02-08")));
        given().auth().oauth2(OFFICER).get("/calendar/1999").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("year"));
    }

    @Test
    void anAdminCorrectsAYearAndEveryServiceIsTold() {
        Map<String, Object> source = Map.of("number", "99/QĐ-TTg", "date", "2028-11-20", "issuer", "Thủ tướng Chính phủ",
                "title", "Quyết định về lịch nghỉ lễ, Tết năm 2029");
        Map<String, Object> year = Map.of("status", "OFFICIAL", "sources", List.of(source), "days", List.of(
                Map.of("date", "2029-01-01", "kind", "HOLIDAY", "name", "Tết Dương lịch"),
                Map.of("date", "2029-02-12", "kind", "HOLIDAY", "name", "Tết Nguyên đán Kỷ Dậu", "source", "99/QĐ-TTg"),
                Map.of("date", "2029-02-19", "kind", "HOLIDAY", "name", "Nghỉ thêm Tết Nguyên đán Kỷ Dậu", "source", "99/QĐ-TTg"),
                Map.of("date", "2029-02-24", "kind", "WORKING_SATURDAY", "name", "Làm bù cho ngày 19/02/2029")));
        // only an admin; bad input names the field and changes nothing
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(year).put("/calendar/2029")
                .then().statusCode(403);
        Map<String, Object> friday = Map.of("status", "OFFICIAL", "sources", List.of(source), "days", List.of(
                Map.of("date", "2029-02-23", "kind", "WORKING_SATURDAY", "name", "Làm bù")));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(friday).put("/calendar/2029")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("days[0].kind"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("status", "OFFICIAL", "sources", List.of(), "days", List.of())).put("/calendar/2029")
                .then().statusCode(400).body("errors.field", hasItem("sources"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("status", "OFFICIAL", "sources", List.of(source), "days", List.of(
                        Map.of("date", "2030-01-01", "kind", "HOLIDAY", "name", "x")))).put("/calendar/2029")
                .then().statusCode(400).body("errors.field", hasItem("days[0].date"));
        given().auth().oauth2(OFFICER).get("/calendar/2029").then().statusCode(200).body("status", equalTo("DERIVED"));

        try (KafkaEvents events = KafkaEvents.reading(Topics.AGENCY)) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(year).put("/calendar/2029")
                    .then().statusCode(200)
                    .body("status", equalTo("OFFICIAL"))
                    .body("version", equalTo(1))
                    .body("days.find { it.date == '2029-02-19' }.source", equalTo("99/QĐ-TTg"))
                    .body("days.find { it.date == '2029-01-01' }.source", equalTo("99/QĐ-TTg"))
                    .body("days.date", not(hasItem("2029-02-13")));
            ConsumerRecord<String, String> changed = events.await(EventTypes.CALENDAR_CHANGED,
                    d -> d.path("year").asInt() == 2029, Duration.ofSeconds(20));
            assertEquals("calendar-2029", changed.key());
            assertEquals(List.of(), EventSchemas.problems(EventTypes.CALENDAR_CHANGED, KafkaEvents.data(changed)));
            assertEquals("Nghỉ thêm Tết Nguyên đán Kỷ Dậu", KafkaEvents.data(changed).path("days").get(2).path("name").asText());
        }
        given().auth().oauth2(OFFICER).get("/calendar/2029").then().statusCode(200)
                .body("status", equalTo("OFFICIAL")).body("warning", nullValue()).body("version", equalTo(1));

        // the plan validator reckons with the corrected year: Monday 19/02/2029 is now off, Friday 03/08/2029 is derived no more
        Agencies.ensureDemoDirectories();
        Map<String, Object> plan = Map.of("subject", "Báo cáo tuyên truyền phòng, chống mua bán người năm 2029", "period", "2029",
                "tasks", List.of(Map.of("title", "Công an tỉnh", "leadAgencyCode", "DKN.CAT", "obligations", List.of(
                        Map.of("kind", "ONCE", "deadline", "2029-02-19", "reportToCode", "DKN.STTTT")))));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(plan).post("/plans").then().statusCode(201)
                .body("warnings.message", hasItem(containsString("Nghỉ thêm Tết Nguyên đán Kỷ Dậu")))
                .body("warnings.message", hasItem(containsString("it ends on 20/02/2029")))
                .body("warnings.message", not(hasItem(containsString("not yet confirmed"))));
    }

    @Test
    void aDeadlineInADerivedYearIsWarnedAbout() {
        Agencies.ensureDemoDirectories();
        Map<String, Object> plan = Map.of("subject", "Báo cáo tuyên truyền phòng, chống mua bán người năm 2028", "period", "2028",
                "tasks", List.of(Map.of("title", "Công an tỉnh", "leadAgencyCode", "DKN.CAT", "obligations", List.of(
                        Map.of("kind", "ONCE", "deadline", "2028-09-28", "reportToCode", "DKN.STTTT")))));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(plan).post("/plans").then().statusCode(201)
                .body("warnings.field", hasItem("tasks[0].obligations[0].deadline"))
                .body("warnings.message", hasItem(containsString("derived by the Labour Code and not yet confirmed")));
    }
}
