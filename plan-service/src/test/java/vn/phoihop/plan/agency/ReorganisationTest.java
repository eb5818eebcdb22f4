package vn.phoihop.plan.agency;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ReorganisationTest {
    static final String ADMIN = DirectoryFixtures.ADMIN;
    static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ServiceClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static io.restassured.response.ValidatableResponse reorganise(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/agency-reorganisations").then();
    }

    static JsonNode awaitChange(KafkaEvents events, String code, String change) {
        JsonNode data = KafkaEvents.data(events.await(EventTypes.AGENCY_CHANGED,
                d -> d.path("agencyCode").asText().equals(code) && d.path("change").asText().equals(change), WAIT));
        assertEquals(List.of(), EventSchemas.problems(EventTypes.AGENCY_CHANGED, data));
        return data;
    }

    @Test
    void mergeEndsTheDepartmentAndItsSuccessorsTakeOver() {
        String p = DirectoryFixtures.freshProvince();
        DirectoryFixtures.smallProvince(p);
        reorganise(ADMIN, Map.of("kind", "MERGE", "effectiveOn", LocalDate.now(ServiceClock.ZONE).toString(),
                "decision", "Sáp nhập Sở Thông tin và Truyền thông vào Sở Khoa học và Công nghệ",
                "agencyCodes", List.of(p + ".STTTT"), "successorCodes", List.of(p + ".SKHCN", p + ".SVHTTDL")))
                .statusCode(201).body("status", equalTo("APPLIED"));

        given().auth().oauth2(ADMIN).get("/agencies/{c}", p + ".STTTT").then().statusCode(200)
                .body("name", equalTo("Sở Thông tin và Truyền thông tỉnh Thử Nghiệm"))
                .body("active", equalTo(false)).body("endedBy", equalTo("MERGED"))
                .body("successorCodes", contains(p + ".SKHCN", p + ".SVHTTDL"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", p + ".STTTT.TTBCXB").then().body("parentCode", equalTo(p + ".SKHCN"));
        given().auth().oauth2(ADMIN).queryParam("active", true).get("/agencies/{c}/children", p + ".UBND").then()
                .body("code", contains(p + ".HUYEN", p + ".SKHCN", p + ".SVHTTDL"));
        // new work cannot go to the ended department: the refusal names its successor
        given().auth().oauth2(vn.phoihop.testing.DevTokens.issue(p + ".UBND", "coordinator")).contentType(ContentType.JSON)
                .body(Map.of("subject", "Kế hoạch tuyên truyền phòng, chống mua bán người năm 2026", "period", "2026",
                        "tasks", List.of(Map.of("title", "Sở Thông tin và Truyền thông", "leadAgencyCode", p + ".STTTT"))))
                .post("/plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("tasks[0].leadAgencyCode"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("its successor is " + p + ".SKHCN"));

        try (KafkaEvents events = KafkaEvents.reading(Topics.AGENCY)) {
            JsonNode merged = awaitChange(events, p + ".STTTT", "MERGED");
            assertFalse(merged.path("active").asBoolean());
            assertEquals(p + ".SKHCN", merged.path("successorCodes").path(0).asText(), "open assignments go to the first");
            assertEquals(LocalDate.now(ServiceClock.ZONE).toString(), merged.path("effectiveOn").asText());
            awaitChange(events, p + ".SKHCN", "UPDATED");
            awaitChange(events, p + ".SVHTTDL", "UPDATED");
            assertEquals(p + ".SKHCN", awaitChange(events, p + ".STTTT.TTBCXB", "UPDATED").path("parentCode").asText());
        }
    }

    @Test
    void splitCreatesItsSuccessorsInTheSameRequest() {
        String p = DirectoryFixtures.freshProvince();
        DirectoryFixtures.smallProvince(p);
        reorganise(ADMIN, Map.of("kind", "SPLIT", "effectiveOn", "2025-03-01", "agencyCodes", List.of(p + ".SVHTTDL"),
                "successorCodes", List.of(p + ".SVHTT", p + ".SDL"),
                "newAgencies", List.of(
                        Map.of("code", p + ".SVHTT", "name", "Sở Văn hóa và Thể thao tỉnh Thử Nghiệm", "shortName", "Sở VH&TT",
                                "symbol", "SVHTT", "kind", "DEPARTMENT", "parentCode", p + ".UBND"),
                        Map.of("code", p + ".SDL", "name", "Sở Du lịch tỉnh Thử Nghiệm", "symbol", "SDL", "kind", "DEPARTMENT",
                                "parentCode", p + ".UBND"))))
                .statusCode(201).body("status", equalTo("APPLIED"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", p + ".SVHTT").then().statusCode(200)
                .body("validFrom", equalTo("2025-03-01")).body("provinceCode", equalTo(p)).body("active", equalTo(true));
        try (KafkaEvents events = KafkaEvents.reading(Topics.AGENCY)) {
            assertEquals(List.of(p + ".SVHTT", p + ".SDL"), List.of(
                    awaitChange(events, p + ".SVHTTDL", "SPLIT").path("successorCodes").path(0).asText(),
                    awaitChange(events, p + ".SVHTTDL", "SPLIT").path("successorCodes").path(1).asText()));
            assertEquals("Sở Văn hóa và Thể thao tỉnh Thử Nghiệm", awaitChange(events, p + ".SVHTT", "REGISTERED").path("name").asText());
            awaitChange(events, p + ".SDL", "REGISTERED");
        }
    }

    @Test
    void renameKeepsTheCodeAndAbolishingTheDistrictMovesItsCommunes() {
        String p = DirectoryFixtures.freshProvince();
        DirectoryFixtures.smallProvince(p);
        reorganise(ADMIN, Map.of("kind", "RENAME", "effectiveOn", "2025-01-01", "agencyCodes", List.of(p + ".SKHCN"),
                "rename", Map.of("name", "Sở Khoa học, Công nghệ và Chuyển đổi số tỉnh Thử Nghiệm", "symbol", "SKHCNCĐS")))
                .statusCode(201).body("status", equalTo("APPLIED"));
        reorganise(ADMIN, Map.of("kind", "ABOLISH", "effectiveOn", "2025-07-01", "decision", "Kết thúc hoạt động của cấp huyện",
                "agencyCodes", List.of(p + ".HUYEN"), "successorCodes", List.of(p + ".UBND")))
                .statusCode(201).body("status", equalTo("APPLIED"));

        given().auth().oauth2(ADMIN).get("/agencies/{c}", p + ".SKHCN").then()
                .body("name", equalTo("Sở Khoa học, Công nghệ và Chuyển đổi số tỉnh Thử Nghiệm")).body("symbol", equalTo("SKHCNCĐS"))
                .body("active", equalTo(true));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", p + ".HUYEN").then()
                .body("active", equalTo(false)).body("endedOn", equalTo("2025-07-01")).body("endedBy", equalTo("ABOLISHED"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}/path", p + ".HUYEN.XA").then().body("code", contains(p + ".UBND", p + ".HUYEN.XA"));
        try (KafkaEvents events = KafkaEvents.reading(Topics.AGENCY)) {
            assertEquals("SKHCNCĐS", awaitChange(events, p + ".SKHCN", "RENAMED").path("symbol").asText());
            JsonNode abolished = awaitChange(events, p + ".HUYEN", "ABOLISHED");
            assertEquals("2025-07-01", abolished.path("effectiveOn").asText());
            assertEquals(p + ".UBND", abolished.path("successorCodes").path(0).asText());
            assertEquals(p + ".UBND", awaitChange(events, p + ".HUYEN.XA", "UPDATED").path("parentCode").asText());
        }
    }

    @Test
    void aFutureReorganisationWaitsForItsDate() {
        String p = DirectoryFixtures.freshProvince();
        DirectoryFixtures.smallProvince(p);
        LocalDate effective = LocalDate.now(ServiceClock.ZONE).plusDays(10);
        String id = reorganise(ADMIN, Map.of("kind", "MERGE", "effectiveOn", effective.toString(),
                "agencyCodes", List.of(p + ".STTTT"), "successorCodes", List.of(p + ".SKHCN")))
                .statusCode(201).body("status", equalTo("SCHEDULED")).extract().path("id");
        given().auth().oauth2(ADMIN).get("/agencies/{c}", p + ".STTTT").then().body("active", equalTo(true));

        clock.set(Clock.fixed(effective.atStartOfDay(ServiceClock.ZONE).plusHours(1).toInstant(), ServiceClock.ZONE));
        try (KafkaEvents events = KafkaEvents.reading(Topics.AGENCY)) {
            assertEquals(effective.toString(), awaitChange(events, p + ".STTTT", "MERGED").path("effectiveOn").asText());
        }
        given().auth().oauth2(ADMIN).get("/agency-reorganisations/{id}", id).then().statusCode(200)
                .body("status", equalTo("APPLIED"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", p + ".STTTT").then().body("active", equalTo(false))
                .body("endedOn", equalTo(effective.toString()));
        given().auth().oauth2(ADMIN).delete("/agency-reorganisations/{id}", id).then().statusCode(409);
    }

    @Test
    void aScheduledReorganisationCanBeCancelledAndFailsIfTheDirectoryChangedMeanwhile() {
        String p = DirectoryFixtures.freshProvince();
        DirectoryFixtures.smallProvince(p);
        LocalDate effective = clock.today().plusDays(20);
        String cancelled = reorganise(ADMIN, Map.of("kind", "ABOLISH", "effectiveOn", effective.toString(),
                "agencyCodes", List.of(p + ".HUYEN"), "successorCodes", List.of(p + ".UBND")))
                .statusCode(201).body("status", equalTo("SCHEDULED")).extract().path("id");
        String failing = reorganise(ADMIN, Map.of("kind", "MERGE", "effectiveOn", effective.toString(),
                "agencyCodes", List.of(p + ".STTTT"), "successorCodes", List.of(p + ".SKHCN")))
                .statusCode(201).body("status", equalTo("SCHEDULED")).extract().path("id");
        given().auth().oauth2(DevTokens.issue(p + ".UBND", "officer")).delete("/agency-reorganisations/{id}", cancelled)
                .then().statusCode(403);
        given().auth().oauth2(ADMIN).delete("/agency-reorganisations/{id}", cancelled).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        // meanwhile Sở TT&TT is merged elsewhere, today
        reorganise(ADMIN, Map.of("kind", "MERGE", "effectiveOn", clock.today().toString(),
                "agencyCodes", List.of(p + ".STTTT"), "successorCodes", List.of(p + ".SVHTTDL")))
                .statusCode(201).body("status", equalTo("APPLIED"));

        clock.set(Clock.fixed(effective.atStartOfDay(ServiceClock.ZONE).plusHours(8).toInstant(), ServiceClock.ZONE));
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> !"SCHEDULED".equals(
                given().auth().oauth2(ADMIN).get("/agency-reorganisations/{id}", failing).then().extract().path("status")));
        given().auth().oauth2(ADMIN).get("/agency-reorganisations/{id}", failing).then().body("status", equalTo("FAILED"));
        given().auth().oauth2(ADMIN).get("/agency-reorganisations/{id}", failing).then()
                .body("failure", org.hamcrest.Matchers.containsString("already ended"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", p + ".STTTT").then()
                .body("successorCodes", contains(p + ".SVHTTDL"));
        given().auth().oauth2(ADMIN).get("/agency-reorganisations/{id}", cancelled).then().body("status", equalTo("CANCELLED"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", p + ".HUYEN").then().body("active", equalTo(true));
    }

    @Test
    void onlyAnAdminReorganisesAndInvalidRequestsChangeNothing() {
        String p = DirectoryFixtures.freshProvince();
        DirectoryFixtures.smallProvince(p);
        Map<String, Object> merge = Map.of("kind", "MERGE", "effectiveOn", "2025-03-01",
                "agencyCodes", List.of(p + ".STTTT"), "successorCodes", List.of(p + ".SKHCN"));
        reorganise(DevTokens.issue(p + ".STTTT", "officer"), merge).statusCode(403);
        reorganise(DevTokens.issue(p + ".UBND", "coordinator"), merge).statusCode(403);
        given().contentType(ContentType.JSON).body(merge).post("/agency-reorganisations").then().statusCode(401);

        reorganise(ADMIN, Map.of("kind", "MERGE", "effectiveOn", "2025-03-01", "agencyCodes", List.of(p + ".STTTT"),
                "successorCodes", List.of(p + ".SKHCN", p + ".KHONGCO")))
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("successorCodes[1]"));
        reorganise(ADMIN, Map.of("kind", "SPLIT", "effectiveOn", "2025-03-01", "agencyCodes", List.of(p + ".STTTT"),
                "successorCodes", List.of(p + ".SKHCN")))
                .statusCode(400).body("errors[0].field", equalTo("successorCodes"));
        reorganise(ADMIN, Map.of("kind", "MERGE", "agencyCodes", List.of(p + ".STTTT"), "successorCodes", List.of(p + ".SKHCN")))
                .statusCode(400).body("errors.field", hasItem("effectiveOn"));
        reorganise(ADMIN, Map.of("kind", "MERGE", "effectiveOn", "2025-03-01", "agencyCodes", List.of(p + ".STTTT"),
                "successorCodes", List.of(p + ".MOI"),
                "newAgencies", List.of(Map.of("code", p + ".MOI", "name", "", "symbol", "M", "kind", "DEPARTMENT"))))
                .statusCode(400).body("errors.field", hasItem("newAgencies[0].name"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", p + ".STTTT").then().body("active", equalTo(true));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", p + ".MOI").then().statusCode(404);

        reorganise(ADMIN, merge).statusCode(201).body("status", equalTo("APPLIED"));
        // an agency ends once
        reorganise(ADMIN, merge).statusCode(400).body("errors[0].field", equalTo("agencyCodes[0]"));
        assertTrue(given().auth().oauth2(ADMIN).get("/agency-reorganisations").then().statusCode(200)
                .extract().jsonPath().getList("request.agencyCodes[0]").contains(p + ".STTTT"));
    }
}
