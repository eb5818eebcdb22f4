package vn.phoihop.task;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.CloudEventHeaders;
import vn.phoihop.events.EventJson;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failures sorted as the consumer skeleton sorts them: a database outage while a PlanIssued arrives is
 * transient (retried until the database is back, never dead-lettered, the consumer shown as retrying); a record
 * that cannot parse, breaks its schema or has a type no contract knows is poison (dead-lettered with the
 * reason, listed and replayable by an admin).
 */
@QuarkusTest
class ConsumerFaultTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Directory.dakNong();
    }

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String ADMIN = DevTokens.issue(PressPlan.STTTT, "admin");
    static final String DLQ = Topics.deadLetter("task-service");

    @Test
    void aPlanIssuedDuringADatabaseOutageIsAppliedOnceTheDatabaseIsBackAndNothingIsDeadLettered() throws Exception {
        PlanIssued plan = PressPlan.issued();
        String database = databaseName();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            try {
                cutOff(admin, database);
                PressPlan.send(plan);
                // the consumer retries, and says so with the reason, while REST readiness follows the database
                await().atMost(WAIT).until(() -> {
                    JsonPath health = JsonPath.from(given().get("/q/health").asString());
                    return "DOWN".equals(check(health, "event-consumers", "status"))
                            && String.valueOf(check(health, "event-consumers", "data")).contains(EventTypes.PLAN_ISSUED);
                });
            } finally {
                restore(admin, database);
            }
        }
        assertEquals(3, PressPlan.awaitAssignments(plan.planId(), 3).size());
        await().atMost(WAIT).until(() -> "UP".equals(
                check(JsonPath.from(given().get("/q/health").asString()), "event-consumers", "status")));
        try (KafkaEvents deadLetters = KafkaEvents.reading(DLQ)) {
            assertEquals(0, deadLetters.all(EventTypes.PLAN_ISSUED, Duration.ofSeconds(2)).stream()
                    .filter(r -> plan.planId().toString().equals(KafkaEvents.data(r).path("planId").asText())).count());
        }
    }

    @Test
    void poisonIsDeadLetteredWithItsReasonAndListedForTheAdmin() {
        String key = UUID.randomUUID().toString();
        UUID unparseable = UUID.randomUUID();
        UUID breaksSchema = UUID.randomUUID();
        UUID unknownType = UUID.randomUUID();
        KafkaEvents.send(TestEvents.event(Topics.PLAN, key, unparseable, EventTypes.PLAN_ISSUED, null, "{not json"));
        KafkaEvents.send(TestEvents.event(Topics.PLAN, key, breaksSchema, EventTypes.PLAN_ISSUED, null,
                "{\"planId\": \"" + key + "\"}"));
        KafkaEvents.send(TestEvents.event(Topics.PLAN, key, unknownType, "vn.phoihop.plan.archived.v9", null,
                "{\"planId\": \"" + key + "\"}"));
        // behind them on the same partition: still applied
        PlanIssued good = PressPlan.issued(UUID.fromString(key), UUID.randomUUID());
        PressPlan.send(good);
        assertEquals(3, PressPlan.awaitAssignments(good.planId(), 3).size());

        await().atMost(WAIT).until(() -> deadLetters().stream()
                .filter(d -> List.of(unparseable.toString(), breaksSchema.toString(), unknownType.toString()).contains(d.get("eventId")))
                .count() == 3);
        Map<String, Object> notJson = letter(unparseable);
        assertEquals(Topics.PLAN, notJson.get("originalTopic"));
        assertEquals(key, notJson.get("key"));
        assertEquals(EventTypes.PLAN_ISSUED, notJson.get("type"));
        assertTrue(String.valueOf(notJson.get("reason")).contains("not JSON"), () -> "reason: " + notJson.get("reason"));
        assertTrue(String.valueOf(letter(breaksSchema).get("reason")).contains("breaks its contract"));
        assertTrue(String.valueOf(letter(unknownType).get("reason")).contains("unknown event type"));

        given().auth().oauth2(DevTokens.issue(PressPlan.STTTT, "coordinator")).get("/admin/dead-letters")
                .then().statusCode(403);
    }

    @Test
    void aReplayedDeadLetterIsAppliedOnceAndReplayingItAgainChangesNothing() {
        // a PlanIssued that an earlier version refused (a bug since fixed) sits in the dead-letter topic
        PlanIssued plan = PressPlan.issued();
        ProducerRecord<String, String> original = PressPlan.record(plan);
        RecordHeaders headers = new RecordHeaders(original.headers().toArray());
        headers.add("dead-letter-reason", "refused by an earlier version".getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", Topics.PLAN.getBytes(StandardCharsets.UTF_8));
        KafkaEvents.send(new ProducerRecord<>(DLQ, null, original.key(), original.value(), headers));
        String eventId = new String(original.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8);

        await().atMost(WAIT).until(() -> deadLetters().stream().anyMatch(d -> eventId.equals(d.get("eventId"))));
        Map<String, Object> letter = letter(UUID.fromString(eventId));
        String replay = "/admin/dead-letters/" + letter.get("partition") + "/" + letter.get("offset") + "/replay";
        given().auth().oauth2(ADMIN).post(replay).then().statusCode(200);
        assertEquals(3, PressPlan.awaitAssignments(plan.planId(), 3).size());

        // again, and everything at once: the event id was processed, nothing is assigned twice
        given().auth().oauth2(ADMIN).post(replay).then().statusCode(200);
        given().auth().oauth2(ADMIN).post("/admin/dead-letters/replay").then().statusCode(200);
        PlanIssued marker = PressPlan.issued();
        PressPlan.send(new PlanIssued(marker.planId(), marker.number(), marker.issuerCode(), marker.subject(),
                marker.issuedOn(), marker.tasks()));
        KafkaEvents.send(TestEvents.event(Topics.PLAN, plan.planId().toString(), EventTypes.PLAN_ISSUED, null, marker));
        PressPlan.awaitAssignments(marker.planId(), 3);
        assertEquals(3, PressPlan.awaitAssignments(plan.planId(), 3).size());
        given().auth().oauth2(ADMIN).post("/admin/dead-letters/0/999999999/replay").then().statusCode(404);
    }

    @Test
    void readinessChecksTheDatabaseAndNotTheBroker() {
        // the outbox absorbs a broker outage, so Kafka must not take the REST API out of its load balancer
        String readiness = given().get("/q/health/ready").asString();
        List<String> ready = JsonPath.from(readiness).getList("checks.name");
        assertTrue(ready.stream().anyMatch(name -> name.toLowerCase().contains("database")), "readiness: " + readiness);
        // SmallRye keeps its (empty) messaging readiness check; no Kafka channel may take part in it
        for (String channel : List.of("plan-events", "report-events", "agency-events", "agency-delivery")) {
            assertFalse(readiness.contains(channel), channel + " in readiness: " + readiness);
        }
        List<String> live = JsonPath.from(given().get("/q/health/live").asString()).getList("checks.name");
        assertTrue(live.stream().anyMatch(name -> name.toLowerCase().contains("messaging")), "liveness: " + live);
    }

    private static List<Map<String, Object>> deadLetters() {
        return given().auth().oauth2(ADMIN).get("/admin/dead-letters").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private static Map<String, Object> letter(UUID eventId) {
        return deadLetters().stream().filter(d -> eventId.toString().equals(d.get("eventId"))).findFirst().orElseThrow();
    }

    private static Object check(JsonPath health, String name, String field) {
        List<Map<String, Object>> checks = health.getList("checks");
        return checks.stream().filter(c -> name.equals(c.get("name"))).map(c -> c.get(field)).findFirst().orElse(null);
    }

    private static String databaseName() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String path = url.substring(url.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** As in a failover: every connection of the service is cut and no new one is accepted. */
    private static void cutOff(Connection admin, String database) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("alter database \"" + database + "\" allow_connections false");
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
        }
    }

    private static void restore(Connection admin, String database) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("alter database \"" + database + "\" allow_connections true");
        }
    }
}
