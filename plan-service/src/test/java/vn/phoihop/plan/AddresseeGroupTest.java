package vn.phoihop.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Addressee groups (nhóm nơi nhận) of the Đắk Nông directory, as seeds/003 names them: "Các cơ quan báo chí trên địa
 * bàn tỉnh (Đài PTTH tỉnh, Báo Đắk Nông, Tạp chí Năm Nung)", "Phòng Văn hóa – Thông tin các huyện, thành phố", and
 * "UBND các huyện, thành phố"; a letter addressed to them is one task, resolved at issue into its members.
 */
@QuarkusTest
class AddresseeGroupTest {
    static final String ADMIN = DevTokens.issue("DKN.UBND", "admin");
    static final String COORDINATOR = DevTokens.issue("DKN.STTTT", "coordinator");
    static final List<String> PRESS = List.of("DKN.BAODAKNONG", "DKN.DAIPTTH", "DKN.TAPCHINAMNUNG");
    static final List<String> CULTURE_OFFICES = List.of("DKN.CUJUT.PVHTT", "DKN.DAKGLONG.PVHTT", "DKN.DAKMIL.PVHTT",
            "DKN.DAKRLAP.PVHTT", "DKN.DAKSONG.PVHTT", "DKN.GIANGHIA.PVHTT", "DKN.KRONGNO.PVHTT", "DKN.TUYDUC.PVHTT");

    @Inject
    ServiceClock clock;

    @BeforeEach
    void directory() {
        Agencies.ensureDemoDirectories();
        clock.set(Clock.fixed(Instant.parse("2020-04-15T02:00:00Z"), ServiceClock.ZONE));
        defineGroups();
    }

    /** The three groups of seeds/003, entered by an admin. */
    static void defineGroups() {
        define("DKN.BAOCHI", Map.of("provinceCode", "DKN", "name", "Các cơ quan báo chí trên địa bàn tỉnh", "kind", "PRESS"));
        define("DKN.PVHTT", Map.of("provinceCode", "DKN", "name", "Phòng Văn hóa – Thông tin các huyện, thành phố",
                "kind", "DISTRICT_UNIT", "namePrefix", "Phong Van hoa"));
        define("DKN.UBNDHUYEN", Map.of("provinceCode", "DKN", "name", "UBND các huyện, thành phố",
                "kind", "PEOPLES_COMMITTEE", "parentCode", "DKN.UBND"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static void define(String code, Map<String, Object> body) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).put("/addressee-groups/{code}", code)
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    @Test
    void groupsResolveByKindHierarchyAndNameAndAreListedPerProvince() {
        JsonPath press = given().auth().oauth2(COORDINATOR).get("/addressee-groups/DKN.BAOCHI").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(PRESS, press.getList("resolvedMembers.code"));
        assertEquals("Các cơ quan báo chí trên địa bàn tỉnh", press.getString("name"));
        assertEquals(CULTURE_OFFICES, given().auth().oauth2(COORDINATOR).get("/addressee-groups/DKN.PVHTT")
                .then().statusCode(200).extract().jsonPath().getList("resolvedMembers.code"));
        JsonPath districts = given().auth().oauth2(COORDINATOR).get("/addressee-groups/DKN.UBNDHUYEN").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(8, districts.getList("resolvedMembers").size());
        assertTrue(districts.getList("resolvedMembers.name").contains("Ủy ban nhân dân huyện Đắk R'Lấp"));

        given().auth().oauth2(DevTokens.issue("DKN.CAT", "officer")).get("/addressee-groups?province=DKN").then().statusCode(200)
                .body("code", hasItem("DKN.BAOCHI")).body("code", hasItem("DKN.PVHTT"));
        assertEquals(List.of(), given().auth().oauth2(COORDINATOR).get("/addressee-groups?province=LSN")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.code.startsWith('DKN.') }"));
    }

    @Test
    void aBadGroupNamesTheFieldAndChangesNothing() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("provinceCode", "DKN", "name", "Nhóm trống"))
                .put("/addressee-groups/DKN.TRONG").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("members"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("provinceCode", "DKN", "name", "Nhóm sai", "members", List.of("DKN.KHONGCO")))
                .put("/addressee-groups/DKN.TRONG").then().statusCode(400).body("errors[0].field", equalTo("members[0]"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("provinceCode", "DKN", "name", "Nhóm sai", "kind", "NEWSPAPER"))
                .put("/addressee-groups/DKN.TRONG").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(COORDINATOR).get("/addressee-groups/DKN.TRONG").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("provinceCode", "DKN", "name", "Các cơ quan báo chí", "kind", "PRESS"))
                .put("/addressee-groups/DKN.BAOCHI2").then().statusCode(403);
    }

    /** The letter of seeds/003's shape: one task to the press group, the general task with the document's report. */
    static Map<String, Object> letter(Map<String, Object> pressTask) {
        return Map.of(
                "kind", "OFFICIAL_LETTER",
                "draftingUnit", "TTBCXB",
                "subject", "Triển khai Kế hoạch thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020",
                "place", "Đắk Nông",
                "tasks", List.of(pressTask),
                "generalTask", Map.of("title", "Tổ chức thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn",
                        "obligations", List.of(Map.of("kind", "ONCE", "title", "Báo cáo kết quả thực hiện",
                                "deadline", "2020-06-20", "reportToCode", "DKN.STTTT"))),
                "distribution", List.of(
                        Map.of("name", "UBND tỉnh", "agencyCodes", List.of("DKN.UBND"), "purpose", "INFORMATION"),
                        Map.of("name", "Công an tỉnh", "agencyCodes", List.of("DKN.CAT"), "purpose", "COOPERATE"),
                        Map.of("name", "Các cơ quan báo chí", "groupCode", "DKN.BAOCHI", "purpose", "EXECUTE"),
                        Map.of("name", "Phòng VH TT các huyện, thành phố", "groupCode", "DKN.PVHTT", "purpose", "EXECUTE"),
                        Map.of("name", "Lưu: VT, TTBCXB", "agencyCodes", List.of("DKN.STTTT"), "purpose", "ARCHIVE")));
    }

    static Map<String, Object> pressTask() {
        return Map.of(
                "title", "Các cơ quan báo chí trên địa bàn tỉnh (Đài PTTH tỉnh, Báo Đắk Nông, Tạp chí Năm Nung)",
                "description", "Định kỳ hàng quý, 6 tháng, 01 năm báo cáo tình hình, kết quả thực hiện gửi Sở Thông tin và Truyền thông để tổng hợp báo cáo Ban Chỉ đạo 138 tỉnh theo yêu cầu.",
                "addresseeGroupCode", "DKN.BAOCHI",
                "obligations", List.of(Map.of("kind", "PERIODIC", "frequency", "QUARTERLY", "submissionRule", "DAY_OF_MONTH",
                        "submissionDays", 20, "reportToCode", "DKN.STTTT", "consolidatorCode", "DKN.STTTT",
                        "upwardToCode", "DKN.BCD138")));
    }

    @Test
    void aLetterToGroupsIsOneTaskForEachMemberWithTheDocumentsReport() {
        String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(letter(pressTask()))
                .post("/plans").then().statusCode(201)
                .body("tasks[0].addresseeGroupCode", equalTo("DKN.BAOCHI"))
                .body("tasks[0].leadAgencyCode", equalTo(null))
                .extract().path("id");
        JsonPath issued = given().auth().oauth2(COORDINATOR).post("/plans/{id}/issue", id).then().statusCode(200)
                .extract().jsonPath();

        List<Map<String, Object>> tasks = issued.getList("tasks");
        List<String> pressLeads = new ArrayList<>();
        List<String> officeLeads = new ArrayList<>();
        HashSet<Object> obligationIds = new HashSet<>();
        for (Map<String, Object> t : tasks) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> obligations = (List<Map<String, Object>>) t.get("obligations");
            obligations.forEach(o -> assertTrue(obligationIds.add(o.get("id")), "each member reports under its own obligation"));
            if ("DKN.BAOCHI".equals(t.get("addresseeGroupCode"))) {
                pressLeads.add((String) t.get("leadAgencyCode"));
                assertEquals("QUARTERLY", obligations.get(0).get("frequency"));
            } else if (Boolean.TRUE.equals(t.get("general")) && CULTURE_OFFICES.contains(t.get("leadAgencyCode"))) {
                officeLeads.add((String) t.get("leadAgencyCode"));
                assertEquals("2020-06-20", obligations.get(0).get("deadline"), "the letter's report binds every addressee");
            }
        }
        assertEquals(PRESS, pressLeads);
        assertEquals(CULTURE_OFFICES, officeLeads.stream().sorted().toList());
        assertEquals(List.of("DKN.CAT"), issued.getList("tasks.findAll { it.leadAgencyCode == 'DKN.STTTT' }[0].cooperatingAgencyCodes"));
        assertEquals(CULTURE_OFFICES, issued.getList("distribution.find { it.groupCode == 'DKN.PVHTT' }.agencyCodes"));

        try (KafkaEvents events = KafkaEvents.reading(Topics.PLAN)) {
            JsonNode data = KafkaEvents.data(events.await(EventTypes.PLAN_ISSUED,
                    d -> id.equals(d.path("planId").asText()), Duration.ofSeconds(60)));
            assertEquals(List.of(), EventSchemas.problems(EventTypes.PLAN_ISSUED, data));
            List<JsonNode> press = StreamSupport.stream(data.path("tasks").spliterator(), false)
                    .filter(t -> "DKN.BAOCHI".equals(t.path("addresseeGroupCode").asText(null))).toList();
            assertEquals(PRESS, press.stream().map(t -> t.path("leadAgencyCode").asText()).toList());
            assertEquals("Các cơ quan báo chí trên địa bàn tỉnh", press.get(0).path("addresseeGroupName").asText());
            assertEquals(1 + 3 + 8, data.path("tasks").size(), "the issuer's cooperation task, 3 press, 8 offices");
        }

        // a member may read the letter; so may the UBND tỉnh it is sent to for information (b/c); others may not
        given().auth().oauth2(DevTokens.issue("DKN.TAPCHINAMNUNG", "officer")).get("/plans/{id}", id).then().statusCode(200);
        given().auth().oauth2(DevTokens.issue("DKN.KRONGNO.PVHTT", "officer")).get("/plans/{id}", id).then().statusCode(200);
        given().auth().oauth2(DevTokens.issue("DKN.UBND", "coordinator")).get("/plans/{id}", id).then().statusCode(200);
        given().auth().oauth2(DevTokens.issue("DKN.SKHCN", "coordinator")).get("/plans/{id}", id).then().statusCode(404);
    }

    @Test
    void aTaskNamesALeadOrAGroupAndAGroupMustExist() {
        String before = given().auth().oauth2(COORDINATOR).get("/plans").then().statusCode(200).extract().header("X-Total-Count");
        Map<String, Object> both = new java.util.HashMap<>(pressTask());
        both.put("leadAgencyCode", "DKN.DAIPTTH");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(letter(both)).post("/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("tasks[0].addresseeGroupCode"));
        Map<String, Object> unknown = new java.util.HashMap<>(pressTask());
        unknown.put("addresseeGroupCode", "DKN.KHONGCO");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(letter(unknown)).post("/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("tasks[0].addresseeGroupCode"));
        Map<String, Object> neither = new java.util.HashMap<>(pressTask());
        neither.remove("addresseeGroupCode");
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(letter(neither)).post("/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("tasks[0].leadAgencyCode"));
        given().auth().oauth2(COORDINATOR).get("/plans").then().statusCode(200).header("X-Total-Count", equalTo(before));
    }
}
