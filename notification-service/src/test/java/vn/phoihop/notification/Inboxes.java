package vn.phoihop.notification;

import vn.phoihop.testing.DevTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Reads agencies' notifications through the API, as their officers would. */
final class Inboxes {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    static String officer(String agencyCode) {
        return DevTokens.issue(agencyCode, "officer");
    }

    /** The agency's notifications about one assignment, newest first. */
    static List<Map<String, Object>> about(String agencyCode, UUID assignmentId) {
        return all(agencyCode).stream().filter(n -> assignmentId.toString().equals(n.get("assignmentId"))).toList();
    }

    static List<Map<String, Object>> all(String agencyCode) {
        return given().auth().oauth2(officer(agencyCode)).get("/notifications")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Waits (bounded) until the agency has a notification about the assignment, and returns it. */
    static Map<String, Object> awaitOne(String agencyCode, UUID assignmentId) {
        await().atMost(PATIENCE).until(() -> !about(agencyCode, assignmentId).isEmpty());
        return about(agencyCode, assignmentId).get(0);
    }

    private Inboxes() {
    }
}
