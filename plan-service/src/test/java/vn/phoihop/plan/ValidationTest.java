package vn.phoihop.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

/** Impossible input is refused naming the field and changes nothing; suspicious input comes back as warnings. */
@QuarkusTest
class ValidationTest {
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

    static Map<String, Object> planWith(Map<String, Object> obligation) {
        return Map.of("subject", "Báo cáo kết quả tuyên truyền phòng, chống ma túy quý III năm 2023", "period", "2023",
                "tasks", List.of(Map.of("title", "Công an tỉnh", "leadAgencyCode", "DKN.CAT", "obligations", List.of(obligation))));
    }

    static Map<String, Object> once(String deadline, String from, String to) {
        Map<String, Object> o = new HashMap<>(Map.of("kind", "ONCE", "deadline", deadline, "reportToCode", "DKN.STTTT"));
        o.put("dataFrom", from);
        o.put("dataTo", to);
        return o;
    }

    @Test
    void impossibleInputIsRefusedNamingTheField() {
        String total = given().auth().oauth2(COORDINATOR).get("/plans").then().statusCode(200).extract().header("X-Total-Count");
        Map<String, Object> unknown = new HashMap<>(once("2023-09-28", "2023-07-07", "2023-09-30"));
        unknown.put("reportToCode", "DKN.KHONGCO");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(planWith(unknown)).post("/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("tasks[0].obligations[0].reportToCode"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(planWith(once("2023-09-28", "2023-09-30", "2023-07-07")))
                .post("/plans").then().statusCode(400)
                .body("errors.field", hasItem("tasks[0].obligations[0].dataTo"))
                .body("errors[0].message", containsString("before it starts"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("kind", "OFFICIAL_LETTER", "subject", "Tăng cường tuyên truyền phòng, chống ma túy", "tasks", List.of()))
                .post("/plans").then().statusCode(400).body("errors.field", hasItem("draftingUnit"));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("subject", "Kế hoạch", "period", "2025-2021", "topics", List.of("GAMBLING")))
                .post("/plans").then().statusCode(400);
        given().auth().oauth2(COORDINATOR).get("/plans").then().statusCode(200).header("X-Total-Count", equalTo(total));

        // a deadline before the issue date: the draft is kept, issuing it is refused and changes nothing
        String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(planWith(once("2023-06-28", "2023-04-01", "2023-06-14"))).post("/plans")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(COORDINATOR).post("/plans/{id}/issue", id).then().statusCode(400)
                .body("errors.field", hasItem("tasks[0].obligations[0].deadline"));
        given().auth().oauth2(COORDINATOR).get("/plans/{id}", id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("number", equalTo(null));
    }

    @Test
    void suspiciousDeadlinesComeBackAsWarnings() {
        // "báo cáo trước ngày 28/9/2023, lấy số liệu đến ngày 30/9/2023": due before the window closes
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(planWith(once("2023-09-28", "2023-07-07", "2023-09-30")))
                .post("/plans").then().statusCode(201)
                .body("warnings.field", hasItem("tasks[0].obligations[0].deadline"))
                .body("warnings[0].message", containsString("before its data window closes on 30/09/2023"));
        // 02/9/2023 is Quốc khánh; 30/9/2023 a Saturday
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(planWith(once("2023-09-02", "2023-07-01", "2023-08-31")))
                .post("/plans").then().statusCode(201)
                .body("warnings.message", hasItem(containsString("Quốc khánh")));
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(planWith(once("2023-09-30", "2023-07-01", "2023-08-31")))
                .post("/plans").then().statusCode(201)
                .body("warnings.message", hasItem(containsString("Saturday")));
    }

    @Test
    void recipientsWithoutATaskGetTheGeneralTaskAndLettersTheirOwnNumber() {
        Map<String, Object> letter = Map.of("kind", "OFFICIAL_LETTER", "draftingUnit", "TTBCXB",
                "subject", "Tăng cường thông tin, tuyên truyền phòng, chống mua bán người dịp 30/7",
                "generalTask", Map.of("title", "Tăng cường tuyên truyền dịp Ngày toàn dân phòng, chống mua bán người 30/7"),
                "tasks", List.of(Map.of("title", "Đài Phát thanh và Truyền hình tỉnh", "leadAgencyCode", "DKN.DAIPTTH")),
                "distribution", List.of(
                        Map.of("name", "Như trên", "agencyCodes", List.of(), "purpose", "AS_ABOVE"),
                        Map.of("name", "Báo Đắk Nông", "agencyCodes", List.of("DKN.BAODAKNONG"), "purpose", "EXECUTE"),
                        Map.of("name", "Công an tỉnh", "agencyCodes", List.of("DKN.CAT"), "purpose", "COOPERATE"),
                        Map.of("name", "UBND tỉnh", "agencyCodes", List.of("DKN.UBND"), "purpose", "INFORMATION"),
                        Map.of("name", "VT, TTBCXB", "agencyCodes", List.of(), "purpose", "ARCHIVE")));
        String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(letter).post("/plans")
                .then().statusCode(201).body("tasks.size()", equalTo(1)).extract().path("id");
        given().auth().oauth2(COORDINATOR).post("/plans/{id}/issue", id).then().statusCode(200)
                .body("number", matchesPattern("[0-9]+/STTTT-TTBCXB"))
                .body("tasks.size()", equalTo(3))
                .body("tasks.leadAgencyCode", hasItems("DKN.DAIPTTH", "DKN.BAODAKNONG", "DKN.STTTT"))
                .body("tasks.find { it.leadAgencyCode == 'DKN.BAODAKNONG' }.general", equalTo(true))
                .body("tasks.find { it.leadAgencyCode == 'DKN.STTTT' }.cooperatingAgencyCodes", equalTo(List.of("DKN.CAT")))
                .body("tasks.find { it.leadAgencyCode == 'DKN.BAODAKNONG' }.title",
                        equalTo("Tăng cường tuyên truyền dịp Ngày toàn dân phòng, chống mua bán người 30/7"));
    }
}
