package vn.phoihop.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.phoihop.testing.DemoData;
import vn.phoihop.testing.DevTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A letter of the Sở TT&TT Đắk Nông to "Các cơ quan báo chí trên địa bàn tỉnh" and "Phòng Văn hóa – Thông tin các
 * huyện, thành phố" (seeds/003), with the UBND tỉnh for information (b/c), entered as one task and one general task
 * with the letter's own report: each member of each group gets its own assignment, the plan's matrix and
 * consolidation list them, and the UBND tỉnh finds the letter among its incoming documents and is notified.
 */
@ExtendWith(RunningStack.class)
class LetterToGroupsEndToEndTest {
    static final Duration EVENTUALLY = Duration.ofSeconds(90);
    static final String ADMIN = DevTokens.issue("DKN.UBND", "admin");
    static final String COORDINATOR = DevTokens.issue(DemoData.ISSUER, "coordinator");
    static final String UBND = DevTokens.issue("DKN.UBND", "coordinator");
    static final List<String> PRESS = List.of("DKN.BAODAKNONG", "DKN.DAIPTTH", "DKN.TAPCHINAMNUNG");

    @BeforeAll
    static void directory() {
        RunningStack.get();
        DemoData.loadAgencies(RunningStack.url("plan-service"));
        define("DKN.BAOCHI", Map.of("provinceCode", "DKN", "name", "Các cơ quan báo chí trên địa bàn tỉnh", "kind", "PRESS"));
        define("DKN.PVHTT", Map.of("provinceCode", "DKN", "name", "Phòng Văn hóa – Thông tin các huyện, thành phố",
                "kind", "DISTRICT_UNIT", "namePrefix", "Phòng Văn hóa"));
    }

    static void define(String code, Map<String, Object> body) {
        as("plan-service", ADMIN).contentType(ContentType.JSON).body(body).put("/addressee-groups/{code}", code)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.equalTo(200), org.hamcrest.Matchers.equalTo(201)));
    }

    static RequestSpecification as(String service, String token) {
        return given().baseUri(RunningStack.url(service)).auth().oauth2(token).accept(ContentType.JSON);
    }

    @Test
    void everyMemberExecutesAndReportsAndEveryRecipientIsServed() {
        Map<String, Object> letter = Map.of(
                "kind", "OFFICIAL_LETTER", "draftingUnit", "TTBCXB", "place", "Đắk Nông",
                "subject", "Triển khai Kế hoạch thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020",
                "tasks", List.of(Map.of(
                        "title", "Các cơ quan báo chí trên địa bàn tỉnh (Đài PTTH tỉnh, Báo Đắk Nông, Tạp chí Năm Nung)",
                        "addresseeGroupCode", "DKN.BAOCHI",
                        "obligations", List.of(Map.of("kind", "PERIODIC", "frequency", "QUARTERLY",
                                "reportToCode", "DKN.STTTT", "consolidatorCode", "DKN.STTTT", "upwardToCode", "DKN.BCD138")))),
                "generalTask", Map.of("title", "Tổ chức thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn",
                        "obligations", List.of(Map.of("kind", "ONCE", "title", "Báo cáo kết quả thực hiện",
                                "deadline", "2020-06-20", "reportToCode", "DKN.STTTT"))),
                "distribution", List.of(
                        Map.of("name", "UBND tỉnh", "agencyCodes", List.of("DKN.UBND"), "purpose", "INFORMATION"),
                        Map.of("name", "Phòng VH TT các huyện, thành phố", "groupCode", "DKN.PVHTT", "purpose", "EXECUTE")));
        String planId = as("plan-service", COORDINATOR).contentType(ContentType.JSON).body(letter).post("/plans")
                .then().statusCode(201).extract().path("id");
        JsonPath issued = as("plan-service", COORDINATOR).post("/plans/{id}/issue", planId).then().statusCode(200)
                .extract().jsonPath();
        String number = issued.getString("number");
        assertEquals(3 + 8, issued.getList("tasks").size());

        // each press agency leads its own copy of the task, each district culture office the general task
        for (String agency : List.of("DKN.BAODAKNONG", "DKN.DAIPTTH", "DKN.TAPCHINAMNUNG", "DKN.KRONGNO.PVHTT")) {
            String token = DevTokens.issue(agency, "officer");
            Map<String, Object> assignment = await(agency + " assigned").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500))
                    .until(() -> as("task-service", token).get("/inbox").then().statusCode(200).extract().jsonPath()
                            .<Map<String, Object>>getList("$").stream().filter(a -> planId.equals(a.get("planId")))
                            .findFirst().orElse(null), a -> a != null);
            assertEquals("LEAD", assignment.get("role"), agency);
            assertEquals(agency, assignment.get("agencyCode"));
        }

        // the issuer's matrix has a row for every member
        await("matrix lists every member").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() ->
                as("task-service", COORDINATOR).get("/plans/{planId}/matrix", planId).then().statusCode(200)
                        .extract().jsonPath().<String>getList("rows.agencyCode").stream().distinct().count() == 11);
        // and the quarter's consolidation expects a report from each press agency
        JsonPath consolidation = await("consolidation of Quý II").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500))
                .until(() -> as("report-service", COORDINATOR).queryParam("period", "2020-Q2")
                        .get("/plans/{planId}/consolidation", planId).then().extract().jsonPath(),
                        j -> j.getList("notReported.agencyCode") != null && j.getList("notReported.agencyCode").containsAll(PRESS));
        assertTrue(consolidation.getInt("expected") >= 3, consolidation.prettify());

        // the UBND tỉnh, sent the letter for information (b/c), finds it in its incoming documents, may read it and is told
        Map<String, Object> incoming = as("plan-service", UBND).get("/incoming-documents?purpose=INFORMATION")
                .then().statusCode(200).extract().jsonPath().getMap("find { it.planId == '" + planId + "' }");
        assertEquals("Công văn số " + number, incoming.get("title"));
        as("plan-service", UBND).get("/plans/{id}", planId).then().statusCode(200);
        await("DOCUMENT_RECEIVED notification for DKN.UBND").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() ->
                as("notification-service", UBND).get("/notifications?kind=DOCUMENT_RECEIVED").then().statusCode(200)
                        .extract().jsonPath().<Map<String, Object>>getList("$").stream()
                        .anyMatch(n -> planId.equals(n.get("planId")) && ("Văn bản đến: Công văn số " + number).equals(n.get("title"))));
    }
}
