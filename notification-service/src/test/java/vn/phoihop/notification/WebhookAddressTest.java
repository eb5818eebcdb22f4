package vn.phoihop.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.notification.contact.AgencyContact;
import vn.phoihop.testing.DevTokens;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.phoihop.notification.Inboxes.PATIENCE;

/**
 * Webhooks reach the agencies' own systems and nothing inside ours: loopback, private, link-local and
 * unique-local addresses are refused (literals and names resolving to them, when set and again when sent),
 * plain http is refused, and the delivery log never repeats what the remote side answered.
 */
@QuarkusTest
@TestProfile(WebhookAddressTest.AsInProduction.class)
class WebhookAddressTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Plays.directory();
    }

    /** The production rules: https only and no host exempt (the other tests exempt their listener on 127.0.0.1). */
    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("phoihop.webhook.require-https", "true", "phoihop.webhook.allowed-hosts", "none.invalid");
        }
    }

    static final String SECRET = "bi-mat-webhook-0123456789-abcdefghij";

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8081/agencies", "https://127.0.0.1:8081/agencies", "https://localhost:8082/inbox",
            "https://127.0.0.2/", "https://[::1]:8083/", "https://10.0.0.5/hook", "https://172.16.3.4/hook",
            "https://192.168.1.10/hook", "https://169.254.169.254/latest/meta-data/", "https://[fd12:3456::1]/hook",
            "https://[fe80::1]/hook", "https://0.0.0.0/hook", "https://[::ffff:127.0.0.1]/hook", "https://100.64.0.1/hook",
            "http://203.0.113.10/hook", "ftp://203.0.113.10/hook"})
    void internalAddressesAndPlainHttpAreRefusedAndNothingIsStored(String url) {
        String agency = "DKN.SSRF" + Math.abs(url.hashCode() % 100000);
        Plays.known(agency, "Doanh nghiệp " + agency);
        given().auth().oauth2(DevTokens.issue(agency, "officer")).contentType(ContentType.JSON)
                .body(Map.of("emails", List.of(), "webhookUrl", url, "webhookSecret", SECRET))
                .put("/agencies/{code}/contact", agency)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("webhookUrl"));
        given().auth().oauth2(DevTokens.issue(agency, "officer")).get("/agencies/{code}/contact", agency).then().statusCode(404);
    }

    @Test
    void aPublicHttpsAddressIsAccepted() {
        given().auth().oauth2(DevTokens.issue("DKN.VNPT", "officer")).contentType(ContentType.JSON)
                .body(Map.of("emails", List.of(), "webhookUrl", "https://203.0.113.10/phoihop", "webhookSecret", SECRET))
                .put("/agencies/{code}/contact", "DKN.VNPT")
                .then().statusCode(200).body("webhookUrl", equalTo("https://203.0.113.10/phoihop"));
    }

    @Test
    void anAddressThatTurnsInternalIsRefusedAtSendTimeAndTheLogSaysOnlyThat() {
        String agency = "DKN.REBIND";
        // the directory announces it first: until then its officer's token is refused (403), whatever was sent to it
        Plays.known(agency, "Đơn vị thử đổi địa chỉ webhook");
        try (WebhookListener hook = new WebhookListener(SECRET)) {
            // as if its name had resolved to a public address when set and to ours now (DNS rebinding)
            QuarkusTransaction.requiringNew().run(() -> {
                AgencyContact c = new AgencyContact();
                c.agencyCode = agency;
                c.emails = "";
                c.webhookUrl = hook.url();
                c.webhookSecret = SECRET;
                c.emailEnabled = false;
                c.webhookEnabled = true;
                c.updatedAt = Instant.now();
                c.persist();
            });
            TaskAssigned t = Plays.assignment(agency, "Nhiệm vụ thử", null, null);
            Plays.send(t);
            String notification = (String) Inboxes.awaitOne(agency, t.assignmentId()).get("id");
            String officer = DevTokens.issue(agency, "officer");
            await().atMost(PATIENCE).until(() -> !"PENDING".equals(webhook(officer, notification).get("status"))
                    || ((Integer) webhook(officer, notification).get("attempts")) > 0);
            Map<String, Object> delivery = webhook(officer, notification);
            String error = (String) delivery.get("lastError");
            assertTrue(error != null && error.contains("refused"), "the log says it was refused: " + delivery);
            assertFalse(error.contains("127.0.0.1"), "the log does not say what the address resolved to: " + error);
            assertEquals(0, hook.calls().size(), "nothing was sent to the internal address");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> webhook(String token, String notificationId) {
        List<Map<String, Object>> found = given().auth().oauth2(token).get("/deliveries?notificationId=" + notificationId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return found.stream().filter(d -> "WEBHOOK".equals(d.get("channel"))).findFirst().orElse(Map.of("status", "NONE", "attempts", 0));
    }
}
