package vn.phoihop.notification;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.phoihop.notification.Inboxes.PATIENCE;
import static vn.phoihop.notification.Plays.assignment;
import static vn.phoihop.notification.Plays.contact;
import static vn.phoihop.notification.Plays.send;

/** Webhooks that fail, retry, park and are replayed; the delivery log; live streams per agency and issuer. */
@QuarkusTest
class ChannelsTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Plays.directory();
    }

    static final String VIETTEL = "DKN.VIETTEL";
    static final String TASK = "Viettel Đắk Nông: nhắn tin SMS tuyên truyền phòng, chống mua bán người đến thuê bao";

    @TestHTTPResource("/")
    URL base;

    @Test
    void webhookIsSignedRetriedWithBackoffParkedAfterTheLastTryAndReplayedByAnAdmin() {
        try (WebhookListener hook = new WebhookListener(Plays.SECRET)) {
            contact(VIETTEL, contact(List.of(), hook.url()));
            String officer = DevTokens.issue(VIETTEL, "officer");
            String admin = DevTokens.issue("DKN.UBND", "admin");

            // fails twice, then the agency's system recovers: the third attempt gets through
            hook.failuresLeft.set(2);
            TaskAssigned recovers = assignment(VIETTEL, TASK, null, null);
            send(recovers);
            String first = (String) Inboxes.awaitOne(VIETTEL, recovers.assignmentId()).get("id");
            await().atMost(PATIENCE).until(() -> webhookDelivery(officer, first).get("status").equals("SENT"));
            assertEquals(3, webhookDelivery(officer, first).get("attempts"));
            List<WebhookListener.Call> calls = hook.calls().stream()
                    .filter(c -> first.equals(c.body().path("id").asText())).toList();
            assertEquals(List.of(500, 500, 204), calls.stream().map(WebhookListener.Call::answered).toList());
            assertTrue(calls.stream().allMatch(WebhookListener.Call::signatureValid));
            assertEquals("Nhiệm vụ mới theo Kế hoạch số 45/KH-STTTT", calls.get(2).body().path("title").asText());

            // down for good: parked as FAILED after the last attempt, visible to admins
            hook.failuresLeft.set(1000);
            TaskAssigned parked = assignment(VIETTEL, TASK, null, null);
            send(parked);
            String second = (String) Inboxes.awaitOne(VIETTEL, parked.assignmentId()).get("id");
            await().atMost(PATIENCE).until(() -> webhookDelivery(officer, second).get("status").equals("FAILED"));
            String deliveryId = (String) webhookDelivery(officer, second).get("id");
            given().auth().oauth2(admin).get("/admin/deliveries?status=FAILED").then().statusCode(200)
                    .body("id", hasItem(deliveryId));
            given().auth().oauth2(officer).get("/admin/deliveries?status=FAILED").then().statusCode(403);
            given().auth().oauth2(DevTokens.issue("DKN.VNPT", "officer")).get("/deliveries").then().statusCode(200)
                    .body("id", not(hasItem(deliveryId)));
            try (KafkaEvents events = KafkaEvents.reading(Topics.NOTIFICATION)) {
                events.await(EventTypes.NOTIFICATION_FAILED, d -> second.equals(d.path("notificationId").asText())
                        && d.path("attempts").asInt() == 3 && "WEBHOOK".equals(d.path("channel").asText()), PATIENCE);
                events.await(EventTypes.NOTIFICATION_DELIVERED, d -> first.equals(d.path("notificationId").asText())
                        && d.path("attempts").asInt() == 3, PATIENCE);
            }

            hook.failuresLeft.set(0);
            given().auth().oauth2(admin).post("/admin/deliveries/{id}/replay", deliveryId).then().statusCode(200)
                    .body("status", equalTo("PENDING"));
            await().atMost(PATIENCE).until(() -> webhookDelivery(officer, second).get("status").equals("SENT"));
            given().auth().oauth2(admin).post("/admin/deliveries/{id}/replay", deliveryId).then().statusCode(409);
            given().auth().oauth2(admin).get("/admin/deliveries?status=LOST").then().statusCode(400)
                    .body("errors[0].field", equalTo("status"));
            given().get("/q/metrics").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("phoihop_deliveries_total{channel=\"WEBHOOK\",outcome=\"failed\"}"));
        }
    }

    @Test
    void contactsBelongToTheirAgency() {
        given().auth().oauth2(DevTokens.issue("DKN.VNPT", "officer")).contentType("application/json")
                .body(Map.of("emails", List.of("vnpt@daknong")))
                .put("/agencies/{code}/contact", VIETTEL).then().statusCode(404);
        given().auth().oauth2(DevTokens.issue("DKN.VNPT", "officer")).contentType("application/json")
                .body(Map.of("emails", List.of("không phải địa chỉ")))
                .put("/agencies/{code}/contact", "DKN.VNPT").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(DevTokens.issue("DKN.VNPT", "officer")).contentType("application/json")
                .body(Map.of("emails", List.of(), "webhookUrl", "http://127.0.0.1:9/phoihop"))
                .put("/agencies/{code}/contact", "DKN.VNPT").then().statusCode(400)
                .body("errors[0].field", equalTo("webhookSecret"));
        contact("DKN.VNPT", contact(List.of("vanthu@vnpt-daknong.vn"), "http://127.0.0.1:9/phoihop"));
        given().auth().oauth2(DevTokens.issue("DKN.VNPT", "coordinator")).get("/agencies/{code}/contact", "DKN.VNPT")
                .then().statusCode(200).body("webhookSecretSet", equalTo(true))
                .body("emails", equalTo(List.of("vanthu@vnpt-daknong.vn")))
                .body("$", not(org.hamcrest.Matchers.hasKey("webhookSecret")));
        given().auth().oauth2(DevTokens.issue("DKN.UBND", "admin")).get("/agencies/{code}/contact", "DKN.VNPT")
                .then().statusCode(200);
    }

    @Test
    void webhookSecretsAreLongEnoughAndEncryptedAtRest() {
        String agency = "DKN.TAPCHINAMNUNG";
        String officer = DevTokens.issue(agency, "officer");
        given().auth().oauth2(officer).contentType("application/json")
                .body(Map.of("emails", List.of(), "webhookUrl", "http://127.0.0.1:9/phoihop", "webhookSecret", "ngan-qua-0123456789"))
                .put("/agencies/{code}/contact", agency).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("webhookSecret"));
        contact(agency, contact(List.of(), "http://127.0.0.1:9/phoihop"));
        String stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                vn.phoihop.notification.contact.AgencyContact.<vn.phoihop.notification.contact.AgencyContact>findById(agency).webhookSecret);
        assertTrue(stored.startsWith("v1:"), "stored encrypted: " + stored);
        assertFalse(stored.contains(Plays.SECRET), "the secret is not in the database as it is");
    }

    @Test
    void contactsAndListsAreBounded() {
        String officer = DevTokens.issue("DKN.MOBIFONE", "officer");
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "vanthu" + i + "@mobifone.vn").toList();
        given().auth().oauth2(officer).contentType("application/json").body(Map.of("emails", many))
                .put("/agencies/{code}/contact", "DKN.MOBIFONE").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("emails"));
        given().auth().oauth2(officer).queryParam("size", 100000).get("/notifications").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().auth().oauth2(officer).queryParam("page", Integer.MAX_VALUE).get("/notifications").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().auth().oauth2(officer).queryParam("size", 1).get("/notifications").then().statusCode(200)
                .header("X-Total-Count", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aLiveStreamEndsWhenTheTokenThatOpenedItExpires() throws Exception {
        String shortLived = DevTokens.sign(io.smallrye.jwt.build.Jwt.issuer(DevTokens.ISSUER).audience(DevTokens.AUDIENCE)
                .upn("dkn.vnpt@phoihop.local").claim("agency", "DKN.VNPT").groups(java.util.Set.of("officer"))
                .expiresIn(java.time.Duration.ofSeconds(4)));
        java.util.concurrent.CompletableFuture<HttpResponse<Void>> stream = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(base.toURI().resolve("stream")).header("Authorization", "Bearer " + shortLived)
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.discarding());
        // the answer completes only once the server has ended the stream
        HttpResponse<Void> ended = stream.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, ended.statusCode());
    }

    @Test
    void liveStreamsCarryOnlyTheAgencysOwnNotificationsAndTheIssuersPlanEvents() throws Exception {
        String mobifone = "DKN.MOBIFONE";
        String vnpt = "DKN.VNPT";
        try (Sse agencyStream = new Sse(base, "/stream", DevTokens.issue(mobifone, "officer"));
             Sse issuerStream = new Sse(base, "/stream/issuer", DevTokens.issue(Plays.STTTT, "coordinator"));
             Sse otherIssuer = new Sse(base, "/stream/issuer", DevTokens.issue("DKN.UBND", "coordinator"))) {
            TaskAssigned other = assignment(vnpt, TASK, null, null);
            send(other);
            Inboxes.awaitOne(vnpt, other.assignmentId());
            TaskAssigned own = assignment(mobifone, TASK, null, null);
            send(own);

            await().atMost(PATIENCE).until(() -> agencyStream.contains(own.assignmentId()));
            assertFalse(agencyStream.contains(other.assignmentId()), "another agency's notification on the stream");
            assertTrue(agencyStream.lines.stream().anyMatch(l -> l.contains("Nhiệm vụ mới theo Kế hoạch số 45/KH-STTTT")));
            await().atMost(PATIENCE).until(() -> issuerStream.contains(own.assignmentId()) && issuerStream.contains(other.assignmentId()));
            assertTrue(issuerStream.lines.stream().anyMatch(l -> l.contains(EventTypes.TASK_ASSIGNED)));

            // an event of a plan DKN.UBND issued reaches its coordinators, and only that one
            TaskAssigned ubnd = new TaskAssigned(UUID.randomUUID(), UUID.randomUUID(), "451/KH-UBND", "DKN.UBND",
                    UUID.randomUUID(), TASK, vnpt, AssignmentRole.LEAD, null);
            send(ubnd);
            await().atMost(PATIENCE).until(() -> otherIssuer.contains(ubnd.assignmentId()));
            assertFalse(otherIssuer.contains(own.assignmentId()));
            assertFalse(issuerStream.contains(ubnd.assignmentId()));
        }
        given().get("/stream").then().statusCode(401);
        given().auth().oauth2(DevTokens.issue(mobifone, "officer")).get("/stream/issuer").then().statusCode(403);
    }

    private static Map<String, Object> webhookDelivery(String token, String notificationId) {
        List<Map<String, Object>> found = given().auth().oauth2(token).get("/deliveries?notificationId=" + notificationId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return found.stream().filter(d -> "WEBHOOK".equals(d.get("channel"))).findFirst().orElse(Map.of("status", "NONE"));
    }

    /** A real SSE client: reads the stream's lines on its own thread. */
    static final class Sse implements AutoCloseable {
        final List<String> lines = new CopyOnWriteArrayList<>();
        private final Thread reader;
        private volatile java.io.InputStream body;

        Sse(URL base, String path, String token) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
            HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            body = response.body();
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (Exception closed) {
                    // the test closed the stream
                }
            }, "sse-" + path);
            reader.setDaemon(true);
            reader.start();
        }

        boolean contains(UUID assignmentId) {
            return lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(assignmentId.toString()));
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }
}
