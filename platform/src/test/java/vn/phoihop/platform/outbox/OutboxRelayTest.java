package vn.phoihop.platform.outbox;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.CloudEventHeaders;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaBroker;
import vn.phoihop.testing.RealInfrastructure;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relay on the real broker and PostgreSQL, driven round by round (its schedule is off here): rows leave
 * in commit order, an oversized row is parked and blocks nothing, the outbox drains in one go, and two relays
 * at once publish each row once.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "phoihop_platform_test"))
class OutboxRelayTest {
    static final String TOPIC = "phoihop.test.outbox";
    static final String ADMIN = DevTokens.issue("DKN.UBND", "admin");

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> password;

    @BeforeEach
    void topic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        relay.relayPending(); // whatever an earlier test left
    }

    @Test
    void eventsOfOneKeyLeaveInCommitOrderNotInTheOrderTheyWereWritten() throws Exception {
        String key = "DKN.K-" + UUID.randomUUID();
        try (Connection first = connection(); Connection second = connection()) {
            // T1 writes first (lower id, lower transaction id) but commits after T2
            insert(first, key, "{\"written\":1}");
            insert(second, key, "{\"written\":2}");
            second.commit();
            first.commit();
        }
        // a third transaction in its turn, and one that rolls back (its number is never seen)
        try (Connection third = connection(); Connection rolledBack = connection()) {
            insert(rolledBack, key, "{\"written\":\"never\"}");
            insert(third, key, "{\"written\":3}");
            third.commit();
            rolledBack.rollback();
        }
        assertEquals(3, relay.relayPending());
        List<String> seen = values(key, 3);
        assertEquals(List.of("{\"written\":2}", "{\"written\":1}", "{\"written\":3}"), seen);
        assertEquals(0, count("select count(*) from outbox_event"));
        assertEquals(0, count("select count(*) from outbox_commit"));
    }

    @Test
    void anOversizedEventIsParkedAndTheRowsBehindItFlow() throws Exception {
        String key = "DKN.BIG-" + UUID.randomUUID();
        String other = "DKN.SMALL-" + UUID.randomUUID();
        String huge = "{\"text\":\"" + "Kế hoạch ".repeat(200_000) + "\"}"; // about 2 MB, over the 1 MB request limit
        UUID hugeId;
        try (Connection tx = connection()) {
            hugeId = insert(tx, key, huge);
            insert(tx, key, "{\"after\":\"same key\"}");
            insert(tx, other, "{\"after\":\"other key\"}");
            tx.commit();
        }
        assertEquals(2, relay.relayPending());
        assertEquals(List.of("{\"after\":\"same key\"}"), values(key, 1));
        assertEquals(List.of("{\"after\":\"other key\"}"), values(other, 1));
        assertEquals(0, count("select count(*) from outbox_event"));

        long parkedId = given().auth().oauth2(ADMIN).get("/admin/outbox/parked").then().statusCode(200)
                .body("find { it.eventId == '" + hugeId + "' }.key", equalTo(key))
                .body("find { it.eventId == '" + hugeId + "' }.error", containsString("too large"))
                .extract().jsonPath().getLong("find { it.eventId == '" + hugeId + "' }.id");
        given().auth().oauth2(DevTokens.issue("DKN.UBND", "officer")).get("/admin/outbox/parked").then().statusCode(403);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("phoihop_outbox_parked_events_total"));

        // put back: it is relayed again, still too large, and parked again; nothing else is held
        given().auth().oauth2(ADMIN).post("/admin/outbox/parked/{id}/retry", parkedId).then().statusCode(200);
        assertEquals(1, count("select count(*) from outbox_event where event_id = '" + hugeId + "'"));
        assertEquals(0, relay.relayPending());
        assertEquals(1, count("select count(*) from outbox_parked where event_id = '" + hugeId + "'"));
        given().auth().oauth2(ADMIN).post("/admin/outbox/parked/{id}/retry", Long.MAX_VALUE).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theOutboxDrainsInOneGoNotOneBatchPerPoll() throws Exception {
        String key = "DKN.MANY-" + UUID.randomUUID();
        try (Connection tx = connection()) {
            for (int i = 0; i < 450; i++) {
                insert(tx, key + "-" + (i % 7), "{\"n\":" + i + "}");
            }
            tx.commit();
        }
        for (int i = 450; i < 500; i++) {
            try (Connection tx = connection()) {
                insert(tx, key + "-" + (i % 7), "{\"n\":" + i + "}");
                tx.commit();
            }
        }
        // batch size 100 here: five batches in one call
        assertEquals(500, relay.relayPending());
        assertEquals(0, count("select count(*) from outbox_event"));
    }

    @Test
    void twoRelaysAtOncePublishEachEventOnce() throws Exception {
        String key = "DKN.TWO-" + UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        try (Connection tx = connection()) {
            for (int i = 0; i < 300; i++) {
                ids.add(insert(tx, key, "{\"n\":" + i + "}"));
            }
            tx.commit();
        }
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(relay::relayPending);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(relay::relayPending);
        int published = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS) + relay.relayPending();
        assertEquals(300, published);
        List<ConsumerRecord<String, String>> records = records(key, 300);
        List<String> eventIds = records.stream()
                .map(r -> new String(r.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8)).toList();
        assertEquals(ids.stream().map(UUID::toString).toList(), eventIds, "each once, in order");
    }

    private Connection connection() throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl, user, password.orElse(""));
        connection.setAutoCommit(false);
        return connection;
    }

    private static UUID insert(Connection connection, String key, String payload) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into outbox_event (event_id, topic, message_key, type, source, subject, occurred_at, payload)
                values (?, ?, ?, 'vn.phoihop.test.outbox.v1', '/phoihop/platform-test', ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, TOPIC);
            insert.setString(3, key);
            insert.setString(4, key);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.setString(6, payload);
            insert.executeUpdate();
        }
        return id;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password.orElse(""));
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> values(String key, int expected) {
        return records(key, expected).stream().map(ConsumerRecord::value).toList();
    }

    /** The records of {@code key} on the test topic, in partition order, once {@code expected} have arrived (and a moment more). */
    private static List<ConsumerRecord<String, String>> records(String key, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        seen.add(r);
                    }
                });
                return seen.size() >= expected;
            });
            consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                if (key.equals(r.key())) {
                    seen.add(r);
                }
            });
            assertTrue(seen.size() == expected, "expected " + expected + " records of " + key + ", saw " + seen.size());
            return seen;
        }
    }
}
