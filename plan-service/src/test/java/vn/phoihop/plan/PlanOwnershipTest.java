package vn.phoihop.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.testing.DevTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Every object is checked against its owner: an agency missing from the directory acts nowhere, ids are the
 * server's, and a document attaches only under a document its agency takes part in.
 */
@QuarkusTest
class PlanOwnershipTest {
    static final String PROVINCE = DevTokens.issue("DKN.UBND", "coordinator");
    static final String DEPARTMENT = DevTokens.issue("DKN.STTTT", "coordinator");
    static final String OUTSIDER = DevTokens.issue("DBN.STTTT", "coordinator");

    @BeforeEach
    void directory() {
        Agencies.ensureDemoDirectories();
    }

    static Map<String, Object> plan(String subject, List<Map<String, Object>> tasks) {
        return Map.of("subject", subject, "period", "2024", "tasks", tasks);
    }

    @Test
    void anAgencyMissingFromTheDirectoryIsRefusedWith403AndNothingIsStored() {
        String unknown = DevTokens.issue("ZZZ.KHONGCO", "coordinator");
        given().auth().oauth2(unknown).contentType(ContentType.JSON)
                .body(plan("Kế hoạch của cơ quan không có trong danh bạ", List.of(Map.of("title", "Nhiệm vụ", "leadAgencyCode", "DKN.CAT"))))
                .post("/plans")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("ZZZ.KHONGCO"));
        given().auth().oauth2(unknown).get("/plans").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.issue("ZZZ.KHONGCO", "officer")).get("/plans").then().statusCode(403);
        given().auth().oauth2(Agencies.ADMIN).queryParam("issuer", "ZZZ.KHONGCO").get("/plans")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void obligationAndTaskIdsAreTheServersNotTheClients() {
        String copied = UUID.randomUUID().toString();
        String copiedTask = UUID.randomUUID().toString();
        Map<String, Object> obligation = Map.of("id", copied, "kind", "ONCE", "title", "Báo cáo kết quả",
                "deadline", "2024-11-29", "reportToCode", "DKN.STTTT");
        Response first = given().auth().oauth2(DEPARTMENT).contentType(ContentType.JSON)
                .body(plan("Tuyên truyền phòng, chống tác hại của thuốc lá năm 2024",
                        List.of(Map.of("id", copiedTask, "title", "Báo Đắk Nông", "leadAgencyCode", "DKN.BAODAKNONG",
                                "obligations", List.of(obligation)))))
                .post("/plans");
        first.then().statusCode(201).body("tasks[0].obligations[0].id", notNullValue());
        String obligationId = first.path("tasks[0].obligations[0].id");
        String taskId = first.path("tasks[0].id");
        assertNotEquals(copied, obligationId, "the client's obligation id is not kept");
        assertNotEquals(copiedTask, taskId, "the client's task id is not kept");
        // a second document sending the same ids gets ids of its own
        Response second = given().auth().oauth2(DEPARTMENT).contentType(ContentType.JSON)
                .body(plan("Tuyên truyền phòng, chống tác hại của rượu, bia năm 2024",
                        List.of(Map.of("id", copiedTask, "title", "Đài Phát thanh và Truyền hình", "leadAgencyCode", "DKN.DAIPTTH",
                                "obligations", List.of(obligation)))))
                .post("/plans");
        second.then().statusCode(201);
        String secondObligation = second.path("tasks[0].obligations[0].id");
        String secondTask = second.path("tasks[0].id");
        assertNotEquals(obligationId, secondObligation);
        assertNotEquals(taskId, secondTask);
    }

    @Test
    void aDocumentAttachesOnlyUnderADocumentItsAgencyTakesPartIn() {
        Response province = given().auth().oauth2(PROVINCE).contentType(ContentType.JSON)
                .body(plan("Thực hiện công tác chuyển đổi số tỉnh Đắk Nông năm 2024",
                        List.of(Map.of("title", "Sở Thông tin và Truyền thông", "leadAgencyCode", "DKN.STTTT"))))
                .post("/plans");
        String provinceId = province.then().statusCode(201).extract().path("id");
        String task = province.path("tasks[0].id");
        given().auth().oauth2(PROVINCE).post("/plans/{id}/issue", provinceId).then().statusCode(200);

        // another province's coordinator, not involved, cannot hang its document under it
        given().auth().oauth2(OUTSIDER).contentType(ContentType.JSON)
                .body(Map.of("subject", "Kế hoạch gắn trái phép", "period", "2024",
                        "legalBasis", List.of(Map.of("text", "Kế hoạch của UBND tỉnh Đắk Nông", "planId", provinceId, "taskId", task)),
                        "tasks", List.of(Map.of("title", "Công an tỉnh Điện Biên", "leadAgencyCode", "DBN.CAT"))))
                .post("/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("legalBasis[0].planId"));

        // the involved department may; an uninvolved sibling is hidden from a reader of the province plan
        Response child = given().auth().oauth2(DEPARTMENT).contentType(ContentType.JSON)
                .body(Map.of("subject", "Chuyển đổi số trong cơ quan báo chí năm 2024", "period", "2024",
                        "legalBasis", List.of(Map.of("text", "Kế hoạch của UBND tỉnh", "planId", provinceId, "taskId", task)),
                        "tasks", List.of(Map.of("title", "Báo Đắk Nông", "leadAgencyCode", "DKN.BAODAKNONG"))))
                .post("/plans");
        String childId = child.then().statusCode(201).extract().path("id");
        given().auth().oauth2(DEPARTMENT).post("/plans/{id}/issue", childId).then().statusCode(200);
        given().auth().oauth2(PROVINCE).get("/plans/{id}/tree", provinceId).then().statusCode(200)
                .body("children.id", hasItem(childId));
        // Báo Đắk Nông reads the child (it leads a task there) but the province plan does not involve it
        given().auth().oauth2(DevTokens.issue("DKN.BAODAKNONG", "officer")).get("/plans/{id}/tree", provinceId).then().statusCode(404);
        // Sở TT&TT reads the province plan; a sibling document by another department that does not involve it stays hidden
        Response sibling = given().auth().oauth2(PROVINCE).contentType(ContentType.JSON)
                .body(Map.of("subject", "Kế hoạch riêng của UBND tỉnh về chuyển đổi số cấp xã", "period", "2024",
                        "legalBasis", List.of(Map.of("text", "Kế hoạch của UBND tỉnh", "planId", provinceId)),
                        "tasks", List.of(Map.of("title", "Công an tỉnh", "leadAgencyCode", "DKN.CAT"))))
                .post("/plans");
        String siblingId = sibling.then().statusCode(201).extract().path("id");
        given().auth().oauth2(PROVINCE).post("/plans/{id}/issue", siblingId).then().statusCode(200);
        given().auth().oauth2(PROVINCE).get("/plans/{id}/tree", provinceId).then().statusCode(200)
                .body("children.id", hasItem(siblingId));
        given().auth().oauth2(DEPARTMENT).get("/plans/{id}/tree", provinceId).then().statusCode(200)
                .body("children.id", hasItem(childId))
                .body("children.id", not(hasItem(siblingId)));
    }
}
