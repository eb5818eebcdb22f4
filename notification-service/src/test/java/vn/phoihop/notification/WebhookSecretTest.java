package vn.phoihop.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.notification.contact.AgencyContact;
import vn.phoihop.notification.contact.PlainSecretsSealing;
import vn.phoihop.notification.delivery.WebhookSecrets;
import vn.phoihop.testing.DevTokens;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhook secrets made by the server and shown once; none left in the database as it is. */
@QuarkusTest
class WebhookSecretTest {
    @Inject
    WebhookSecrets secrets;

    @Inject
    PlainSecretsSealing sealing;

    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Plays.directory();
    }

    @Test
    void theServerMakesA32ByteSecretShownOnceAndStoredEncrypted() {
        String agency = "DKN.VIETTEL";
        String officer = DevTokens.issue(agency, "officer");
        String first = given().auth().oauth2(officer).post("/agencies/{code}/contact/webhook-secret", agency)
                .then().statusCode(200).body("agencyCode", equalTo(agency)).extract().path("webhookSecret");
        assertEquals(32, Base64.getUrlDecoder().decode(first).length, "32 random bytes: " + first);

        String stored = storedSecret(agency);
        assertTrue(stored.startsWith("v1:"), "stored encrypted: " + stored);
        assertEquals(first, secrets.open(stored));
        given().auth().oauth2(officer).get("/agencies/{code}/contact", agency).then().statusCode(200)
                .body("webhookSecretSet", equalTo(true)).body("$", not(org.hamcrest.Matchers.hasKey("webhookSecret")));

        // the URL can now be set without sending a secret; a new secret replaces the old one
        given().auth().oauth2(officer).contentType("application/json")
                .body(Map.of("emails", List.of(), "webhookUrl", "https://203.0.113.10/viettel"))
                .put("/agencies/{code}/contact", agency).then().statusCode(200).body("webhookSecretSet", equalTo(true));
        String second = given().auth().oauth2(officer).post("/agencies/{code}/contact/webhook-secret", agency)
                .then().statusCode(200).extract().path("webhookSecret");
        assertNotEquals(first, second);
        assertEquals(second, secrets.open(storedSecret(agency)));
    }

    @Test
    void anotherAgencyCannotReplaceTheSecret() {
        given().auth().oauth2(DevTokens.issue("DKN.MOBIFONE", "coordinator"))
                .post("/agencies/{code}/contact/webhook-secret", "DKN.VNPT")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void secretsStoredBeforeEncryptionAreSealed() {
        String agency = "DKN.TUYDUC.PVHTT";
        String plain = "bi-mat-cu-luu-nguyen-van-0123456789-abcdef";
        QuarkusTransaction.requiringNew().run(() -> {
            AgencyContact c = AgencyContact.findById(agency);
            if (c == null) {
                c = new AgencyContact();
                c.agencyCode = agency;
            }
            c.emails = "";
            c.webhookUrl = "https://203.0.113.10/tuyduc";
            c.webhookSecret = plain;
            c.updatedAt = Instant.now();
            c.persist();
        });

        assertTrue(sealing.sealPlainSecrets() >= 1);

        String stored = storedSecret(agency);
        assertTrue(stored.startsWith("v1:") && !stored.contains(plain), "stored encrypted: " + stored);
        assertEquals(plain, secrets.open(stored), "the same secret still signs the agency's webhooks");
    }

    private static String storedSecret(String agency) {
        return QuarkusTransaction.requiringNew().call(() -> AgencyContact.<AgencyContact>findById(agency).webhookSecret);
    }
}
