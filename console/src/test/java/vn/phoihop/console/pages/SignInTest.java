package vn.phoihop.console.pages;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console on its own (the services' URLs point at a closed port): development sign-in, the session
 * cookie, pages that need a user, and what a page says when a service does not answer.
 */
@QuarkusTest
class SignInTest {

    static {
        RestAssured.config = RestAssured.config().redirect(RestAssured.config().getRedirectConfig().followRedirects(false));
    }

    @Test
    void aPageNeedsASignedInUserAndComesBackAfterSignIn() {
        given().get("/hop-viec?bucket=OVERDUE").then().statusCode(303)
                .header("Location", containsString("/dang-nhap?next=%2Fhop-viec%3Fbucket%3DOVERDUE"));

        given().get("/dang-nhap").then().statusCode(200)
                .body(allOf(containsString("Báo Đắk Nông"), containsString("Sở Thông tin và Truyền thông tỉnh Đắk Nông"),
                        containsString("id=\"sign-in-DKN.BAODAKNONG-officer\""), containsString("lang=\"vi\"")));
    }

    @Test
    void signingInKeepsTheTokenInAnEncryptedHttpOnlyCookie() {
        Response signIn = given().formParam("agency", "DKN.BAODAKNONG").formParam("role", "officer").formParam("next", "/thong-bao")
                .post("/dang-nhap");
        assertEquals(303, signIn.statusCode());
        assertTrue(signIn.header("Location").endsWith("/thong-bao"));
        String setCookie = signIn.header("Set-Cookie");
        assertNotNull(setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        String session = signIn.cookie("phoihop_session");
        assertTrue(!session.startsWith("eyJ"), "the cookie is not the bearer token itself");

        // signed in: the page is attempted; the services are down, which the page says in Vietnamese
        given().cookie("phoihop_session", session).get("/hop-viec").then().statusCode(503)
                .body(allOf(containsString("Dịch vụ tạm thời không trả lời"), containsString("DKN.BAODAKNONG"),
                        containsString("Hộp việc"), not(containsString("eyJ"))));

        // a tampered cookie is no session
        String tampered = session.substring(0, 20) + (session.charAt(20) == 'A' ? 'B' : 'A') + session.substring(21);
        given().cookie("phoihop_session", tampered).get("/hop-viec").then().statusCode(303)
                .header("Location", containsString("/dang-nhap"));
    }

    @Test
    void everyAnswerSaysHowLongTheConsoleTookToMakeIt() {
        String timing = given().get("/dang-nhap").then().statusCode(200).extract().header("Server-Timing");
        assertNotNull(timing);
        assertTrue(timing.matches("page;dur=\\d+\\.\\d"), timing);
        assertNotNull(given().get("/hop-viec").then().statusCode(303).extract().header("Server-Timing"), "redirects too");
    }

    @Test
    void anUnknownAgencyOrRoleIsRefusedOnThePage() {
        given().formParam("agency", "DKN.KHONGCO").formParam("role", "officer").post("/dang-nhap").then().statusCode(400)
                .body(containsString("Hãy chọn một cơ quan trong danh mục và một vai trò."));
        given().formParam("agency", "DKN.STTTT").formParam("role", "root").post("/dang-nhap").then().statusCode(400);
    }

    @Test
    void theHomePageIsTheWorkOfTheRole() {
        String coordinator = given().formParam("agency", "DKN.STTTT").formParam("role", "coordinator").post("/dang-nhap").cookie("phoihop_session");
        given().cookie("phoihop_session", coordinator).get("/").then().statusCode(303).header("Location", containsString("/ke-hoach"));
        given().post("/dang-xuat").then().statusCode(303).header("Set-Cookie", containsString("Max-Age=0"));
    }

    @Test
    void everyPageIsReachedAndAsksItsService() {
        String coordinator = given().formParam("agency", "DKN.STTTT").formParam("role", "coordinator").post("/dang-nhap").cookie("phoihop_session");
        String id = "d6f30ea0-defa-47e1-a369-bdf066663a92";
        for (String page : java.util.List.of("/ke-hoach", "/ke-hoach/" + id, "/ke-hoach/" + id + "/bang-theo-doi",
                "/ke-hoach/" + id + "/tong-hop", "/ke-hoach/" + id + "/nhac-han", "/ke-hoach/" + id + "/dong-thoi-gian",
                "/ke-hoach/" + id + "/sua-doi", "/qua-han", "/bao-cao", "/theo-doi/nhiem-vu/" + id, "/luong-su-kien",
                "/hop-viec", "/nhiem-vu/" + id, "/thong-bao", "/thong-bao/" + id, "/lich", "/co-quan/tim?_q=bao",
                "/ke-hoach/" + id + "/tong-hop.xlsx?period=2020-Q2", "/bao-cao/" + id + "/tep/" + id)) {
            given().cookie("phoihop_session", coordinator).get(page).then()
                    .statusCode(503).body(containsString("Dịch vụ tạm thời không trả lời"));
        }
        // the draft form opens without any service (it leaves out the addressee groups plan-service cannot give)
        given().cookie("phoihop_session", coordinator).get("/van-ban/moi").then().statusCode(200)
                .body(allOf(containsString("name=\"tasks[0].leadAgencyCode\""), containsString("id=\"tasks-0-leadAgencyCode\""),
                        containsString("name=\"tasks[0].obligations[0].dataTo\""), containsString("name=\"reporting.submissionRule\""),
                        containsString("data-test=\"save-draft\"")));
    }

    @Test
    void staticFilesAreServedByTheConsoleItself() {
        given().get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").then().statusCode(200).body(containsString("htmx"));
        given().get("/static/console.css").then().statusCode(200).body(containsString(".bucket"));
    }
}
