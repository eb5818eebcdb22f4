package vn.phoihop.task.calendar;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.phoihop.task.Directory;
import org.junit.jupiter.api.Test;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** A calendar feed token may carry an expiry; past it, the feed answers 404 as if the token were revoked. */
@QuarkusTest
class CalendarTokenExpiryTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Directory.dakNong();
    }

    @Inject
    ServiceClock clock;

    @AfterEach
    void systemClock() {
        clock.reset();
    }

    @Test
    void aFeedStopsAnsweringWhenItsTokenExpires() {
        Instant now = Instant.parse("2026-03-02T02:00:00Z");
        clock.set(Clock.fixed(now, ServiceClock.ZONE));
        String officer = DevTokens.issue("DKN.BAODAKNONG", "officer");
        given().auth().oauth2(officer).contentType("application/json")
                .body(Map.of("label", "Điện thoại mượn", "expiresAt", "2026-03-01T00:00:00Z"))
                .post("/calendar-tokens").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("expiresAt"));
        String url = given().auth().oauth2(officer).contentType("application/json")
                .body(Map.of("label", "Điện thoại mượn", "expiresAt", "2026-03-09T00:00:00Z"))
                .post("/calendar-tokens").then().statusCode(201)
                .body("expiresAt", equalTo("2026-03-09T00:00:00Z")).extract().path("url");
        String feed = URI.create(url).getPath();
        given().get(feed).then().statusCode(200);

        clock.set(Clock.fixed(Instant.parse("2026-03-09T00:00:01Z"), ServiceClock.ZONE));
        given().get(feed).then().statusCode(404);
    }
}
