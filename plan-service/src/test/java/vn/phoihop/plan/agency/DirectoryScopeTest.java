package vn.phoihop.plan.agency;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.phoihop.testing.DevTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A coordinator imports its own province's directory and nothing else: no other province's rows, no national bodies. */
@QuarkusTest
class DirectoryScopeTest {
    static final String ADMIN = DirectoryFixtures.ADMIN;

    @Test
    void aCoordinatorCannotRewriteAnotherProvincesAgencyThroughItsOwnImport() {
        String own = DirectoryFixtures.freshProvince();
        String other = DirectoryFixtures.freshProvince();
        DirectoryFixtures.register(own + ".UBND", "Ủy ban nhân dân tỉnh Thử", "UBND", "PEOPLES_COMMITTEE", null);
        DirectoryFixtures.register(other + ".UBND", "Ủy ban nhân dân tỉnh Khác", "UBND", "PEOPLES_COMMITTEE", null);
        DirectoryFixtures.register(other + ".STTTT", "Sở Thông tin và Truyền thông tỉnh Khác", "STTTT", "DEPARTMENT", other + ".UBND");
        String coordinator = DevTokens.issue(own + ".UBND", "coordinator");

        // the probe: another province's row, declared as belonging to the path's province
        String probe = "[{\"code\":\"%s.STTTT\",\"name\":\"Sở bị sửa tên\",\"symbol\":\"XX\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"%s.UBND\",\"provinceCode\":\"%s\"}]"
                .formatted(other, own, own);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(probe)
                .post("/agency-directory/{p}/import", own)
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors.field", hasItem("rows[0].code"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", other + ".STTTT").then().statusCode(200)
                .body("name", equalTo("Sở Thông tin và Truyền thông tỉnh Khác"))
                .body("symbol", equalTo("STTTT")).body("provinceCode", equalTo(other))
                .body("parentCode", equalTo(other + ".UBND"));

        // a new row carrying another province's code prefix is not the coordinator's either
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("[{\"code\":\"%s.MOI\",\"name\":\"Cơ quan mới\",\"symbol\":\"MOI\",\"kind\":\"OTHER\",\"provinceCode\":\"%s\"}]".formatted(other, own))
                .post("/agency-directory/{p}/import", own)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).get("/agencies/{c}", other + ".MOI").then().statusCode(404);

        // its own province's rows may not be re-parented under another province
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("[{\"code\":\"%s.STTTT\",\"name\":\"Sở Thông tin và Truyền thông\",\"symbol\":\"STTTT\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"%s.UBND\",\"provinceCode\":\"%s\"}]".formatted(own, other, own))
                .post("/agency-directory/{p}/import", own)
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors.field", hasItem("rows[0].parentCode"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", own + ".STTTT").then().statusCode(404);
    }

    @Test
    void aCoordinatorCannotCreateOrChangeANationalBody() {
        String own = DirectoryFixtures.freshProvince();
        DirectoryFixtures.register(own + ".UBND", "Ủy ban nhân dân tỉnh Thử", "UBND", "PEOPLES_COMMITTEE", null);
        String national = "B" + own;
        given().auth().oauth2(DevTokens.issue(own + ".UBND", "coordinator")).contentType(ContentType.JSON)
                .body("[{\"code\":\"%s\",\"name\":\"Bộ Giả Mạo\",\"symbol\":\"BGM\",\"kind\":\"OTHER\"}]".formatted(national))
                .post("/agency-directory/{p}/import", own)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).get("/agencies/{c}", national).then().statusCode(404);
    }
}
