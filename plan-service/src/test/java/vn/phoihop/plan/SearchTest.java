package vn.phoihop.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.testing.DevTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Search and filters run in PostgreSQL; the words ignore diacritics and case. */
@QuarkusTest
class SearchTest {
    static final String COORDINATOR = DevTokens.issue("DBN.STTTT", "coordinator");

    @BeforeEach
    void directory() {
        Agencies.ensureDemoDirectories();
    }

    static String draft(String subject, String period, List<String> topics, String lead) {
        return given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("subject", subject, "place", "Điện Biên", "period", period, "topics", topics,
                        "tasks", List.of(Map.of("title", "Nhiệm vụ", "leadAgencyCode", lead))))
                .post("/plans").then().statusCode(201).extract().path("id");
    }

    @Test
    void wordsWithoutDiacriticsFindTheDocumentAndFiltersCombine() {
        String prostitution = draft("Tuyên truyền phòng, chống MẠI DÂM trên không gian mạng năm 2024", "2024",
                List.of("PROSTITUTION", "CYBERSPACE"), "DBN.CAT");
        String drugs = draft("Tuyên truyền phòng, chống ma túy giai đoạn 2021-2025", "2021-2025", List.of("DRUGS"), "DBN.DAIPTTH");
        given().auth().oauth2(COORDINATOR).post("/plans/{id}/issue", prostitution).then().statusCode(200);

        given().auth().oauth2(COORDINATOR).queryParam("q", "mai dam khong gian mang").get("/plans").then().statusCode(200)
                .body("id", hasItem(prostitution)).body("id", not(hasItem(drugs)));
        given().auth().oauth2(COORDINATOR).queryParam("q", "Mại Dâm").get("/plans").then().statusCode(200)
                .body("id", hasItem(prostitution));
        given().auth().oauth2(COORDINATOR).queryParam("q", "ma tuy").get("/plans").then().statusCode(200)
                .body("id", hasItem(drugs)).body("id", not(hasItem(prostitution)));

        given().auth().oauth2(COORDINATOR).queryParam("topic", "DRUGS").get("/plans").then()
                .body("id", hasItem(drugs)).body("id", not(hasItem(prostitution)));
        given().auth().oauth2(COORDINATOR).queryParam("period", "2023").get("/plans").then()
                .body("id", hasItem(drugs)).body("id", not(hasItem(prostitution)));
        given().auth().oauth2(COORDINATOR).queryParam("status", "DRAFT").queryParam("issuer", "DBN.STTTT").get("/plans").then()
                .body("id", hasItem(drugs)).body("id", not(hasItem(prostitution)));
        given().auth().oauth2(COORDINATOR).queryParam("agency", "DBN.CAT").queryParam("q", "mai dam").get("/plans").then()
                .body("id", hasItem(prostitution)).body("id", not(hasItem(drugs)));
        given().auth().oauth2(COORDINATOR).queryParam("q", "mai dam").queryParam("size", 1).get("/plans").then()
                .statusCode(200).body("size()", equalTo(1));

        // an officer of an agency the document involves finds it once issued, never another agency's draft
        String police = DevTokens.issue("DBN.CAT", "officer");
        given().auth().oauth2(police).queryParam("q", "mai dam").get("/plans").then().statusCode(200)
                .body("id", hasItem(prostitution));
        given().auth().oauth2(DevTokens.issue("DBN.DAIPTTH", "officer")).queryParam("q", "ma tuy").get("/plans").then()
                .statusCode(200).body("id", not(hasItem(drugs)));
        given().auth().oauth2(COORDINATOR).queryParam("size", 0).get("/plans").then().statusCode(400);
    }
}
