package vn.phoihop.plan.agency;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.phoihop.testing.DevTokens;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bounded input: paging that cannot overflow, searches of reasonable length, exports no spreadsheet runs as a formula. */
@QuarkusTest
class DirectoryBoundsTest {
    static final String ADMIN = DirectoryFixtures.ADMIN;

    @Test
    void theDirectoryExportNeutralisesFormulasAndStillRoundTrips() {
        String p = DirectoryFixtures.freshProvince();
        DirectoryFixtures.register(p + ".UBND", "=HYPERLINK(\"http://evil.example/\";\"Bấm vào đây\")", "UBND", "PEOPLES_COMMITTEE", null);
        DirectoryFixtures.register(p + ".STTTT", "@SUM(1+1)*cmd|' /C calc'!A0", "+STTTT", "DEPARTMENT", p + ".UBND");
        DirectoryFixtures.register(p + ".BAO", "\tBáo tỉnh", "-BAO", "PRESS", p + ".UBND");
        byte[] csv = given().auth().oauth2(ADMIN).get("/agency-directory/{p}/export", p).then().statusCode(200).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        for (String line : text.substring(1).split("\r?\n")) {
            for (String cell : line.split(",")) {
                String value = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0,
                        "a cell a spreadsheet would run as a formula: " + cell + " in " + Arrays.toString(line.split(",")));
            }
        }
        assertTrue(text.contains("'=HYPERLINK"), text);
        // the neutralised file imported again changes nothing
        given().auth().oauth2(ADMIN).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/agency-directory/{p}/import", p)
                .then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", p + ".UBND").then().statusCode(200)
                .body("name", equalTo("=HYPERLINK(\"http://evil.example/\";\"Bấm vào đây\")"));
    }

    @Test
    void pagingCannotOverflowAndSearchesAreBounded() {
        String officer = DevTokens.issue("DKN.UBND", "admin");
        given().auth().oauth2(officer).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200).get("/plans")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        // longer than 200 characters (a URL of several kilobytes is refused by the HTTP server itself: 414)
        String longQuery = "mai dam ".repeat(60);
        given().auth().oauth2(officer).queryParam("q", longQuery).get("/plans")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        given().auth().oauth2(officer).queryParam("q", longQuery).get("/agencies")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("q"));
    }
}
