package vn.phoihop.task;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.testing.DevTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** A page number times the page size never overflows into a negative offset: past the last possible page is a 400. */
@QuarkusTest
class PagingBoundsTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Directory.dakNong();
    }

    @Test
    void aPagePastTheLastPossibleOneIsRefusedNamingPage() {
        given().auth().oauth2(DevTokens.issue("DKN.BAODAKNONG", "officer"))
                .queryParam("page", Integer.MAX_VALUE).queryParam("size", 500).get("/inbox")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        given().auth().oauth2(DevTokens.issue("DKN.STTTT", "coordinator"))
                .queryParam("page", Integer.MAX_VALUE / 100).queryParam("size", 500).get("/issued/overdue")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
    }
}
