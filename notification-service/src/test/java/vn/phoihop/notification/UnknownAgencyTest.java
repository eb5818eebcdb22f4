package vn.phoihop.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.AgencyChange;
import vn.phoihop.events.AgencyChanged;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A validly signed token naming an agency the directory never had acts for nobody here (403). */
@QuarkusTest
class UnknownAgencyTest {
    @Test
    void aTokenOfAnAgencyMissingFromTheDirectoryIsRefusedWithAProblem() {
        given().auth().oauth2(DevTokens.issue("ZZZ.KHONGCO", "coordinator")).get("/notifications")
                .then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403)).body("detail", containsString("ZZZ.KHONGCO"));
    }

    @Test
    void anAgencyIsKnownOnceTheDirectoryAnnouncesIt() {
        // a commune registered in the directory today: refused until its AgencyChanged reaches this service
        String code = "LDG.XA" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String officer = DevTokens.issue(code, "officer");
        given().auth().oauth2(officer).get("/notifications").then().statusCode(403).contentType("application/problem+json");

        AgencyChanged registered = new AgencyChanged(UUID.randomUUID(), AgencyChange.REGISTERED, code,
                "Ủy ban nhân dân xã Quảng Sơn", "UBND xã Quảng Sơn", "UBND", "COMMUNE_UNIT", "LDG.UBND", "LDG", true,
                LocalDate.of(2025, 7, 1), List.of());
        KafkaEvents.send(TestEvents.event(Topics.AGENCY, code, EventTypes.AGENCY_CHANGED, code, registered));

        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(officer).get("/notifications").statusCode() == 200);
    }
}
