package vn.phoihop.task.delivery;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.CloudEventHeaders;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.TaskTransferred;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The whole path on a broker that enforces ACLs: an admin provisions agencies over REST, task events
 * are copied to the provisioned agencies' topics, and each agency reads its own with the password it
 * was given, and nothing else.
 */
@QuarkusTest
@WithTestResource(value = SecureBrokerResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class AgencyDeliveryTest {
    static final String MAGAZINE = "DKN.TAPCHINAMNUNG";     // Tạp chí Năm Nung
    static final String POLICE = "DKN.CAT";                 // Công an tỉnh
    static final String NOT_PROVISIONED = "DKN.STTTT";
    static final String ADMIN = DevTokens.issue("DKN.STTTT", "admin");

    @Test
    void onlyAnAdminAdministersAgencyAccess() {
        given().auth().oauth2(DevTokens.issue(MAGAZINE, "officer")).put("/admin/agency-access/{code}", MAGAZINE)
                .then().statusCode(403);
        given().auth().oauth2(DevTokens.issue("DKN.STTTT", "coordinator")).get("/admin/agency-access")
                .then().statusCode(403);
        given().put("/admin/agency-access/{code}", MAGAZINE).then().statusCode(401);
        given().auth().oauth2(ADMIN).get("/admin/agency-access/{code}", "DKN.NEVER")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).put("/admin/agency-access/{code}", "dkn.lower case")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("agencyCode"));
    }

    @Test
    void aProvisionedAgencyReadsItsTaskEventsWithItsOwnCredentialsAndNothingElse() {
        assertEquals(SecureKafka.plaintext(), ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                "the service must run on the broker that enforces ACLs");
        String magazinePassword = provision(MAGAZINE);
        String policePassword = provision(POLICE);

        // re-provisioning an active agency repairs, and does not change the password
        given().auth().oauth2(ADMIN).put("/admin/agency-access/{code}", MAGAZINE)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("password", nullValue());
        given().auth().oauth2(ADMIN).get("/admin/agency-access/{code}", MAGAZINE)
                .then().statusCode(200)
                .body("kafkaUser", equalTo("agency-dkn-tapchinamnung"))
                .body("broker.topicExists", equalTo(true))
                .body("broker.scramMechanisms", hasItem("SCRAM-SHA-512"))
                .body("broker.acls", hasItem("ALLOW READ TOPIC LITERAL phoihop.inbox.DKN.TAPCHINAMNUNG"))
                .body("password", nullValue());

        TaskAssigned forMagazine = assigned(MAGAZINE);
        TaskAssigned forOther = assigned(NOT_PROVISIONED);
        send(forOther);
        send(forMagazine);

        ConsumerRecord<String, String> copy = AgencyClients.read(MAGAZINE, magazinePassword, Topics.agencyInbox(MAGAZINE),
                r -> forMagazine.assignmentId().toString().equals(KafkaEvents.data(r).path("assignmentId").asText()));
        assertEquals(MAGAZINE, copy.key());
        assertEquals(EventTypes.TASK_ASSIGNED, KafkaEvents.header(copy, CloudEventHeaders.TYPE));
        assertEquals(MAGAZINE, KafkaEvents.header(copy, CloudEventHeaders.SUBJECT));
        assertEquals(List.of(), EventSchemas.problems(EventTypes.TASK_ASSIGNED, KafkaEvents.data(copy)));
        assertEquals("Tạp chí Năm Nung: tuyên truyền phòng, chống mua bán người",
                KafkaEvents.data(copy).path("taskTitle").asText());

        // the police read nothing of the magazine's, and not the shared task topic
        assertThat(AgencyClients.refusal(POLICE, policePassword, Topics.agencyInbox(MAGAZINE)),
                instanceOf(TopicAuthorizationException.class));
        assertThat(AgencyClients.refusal(POLICE, policePassword, Topics.TASK),
                instanceOf(TopicAuthorizationException.class));

        // a transfer from the magazine to the police: both learn of it, each on its own topic; a redelivery is copied once
        ProducerRecord<String, String> transfer = transferred(forMagazine, MAGAZINE, POLICE);
        write(transfer);
        write(transfer);
        TaskAssigned later = assigned(MAGAZINE);
        ProducerRecord<String, String> marker = transferred(later, MAGAZINE, POLICE);
        write(marker);
        String markerAssignment = later.assignmentId().toString();
        for (String code : List.of(MAGAZINE, POLICE)) {
            List<ConsumerRecord<String, String>> topic = AgencyClients.readUntil(code,
                    code.equals(MAGAZINE) ? magazinePassword : policePassword, Topics.agencyInbox(code),
                    r -> markerAssignment.equals(KafkaEvents.data(r).path("assignmentId").asText()));
            List<String> types = topic.stream().map(r -> KafkaEvents.header(r, CloudEventHeaders.TYPE)).toList();
            List<String> expected = code.equals(MAGAZINE)
                    ? List.of(EventTypes.TASK_ASSIGNED, EventTypes.TASK_TRANSFERRED, EventTypes.TASK_TRANSFERRED)
                    : List.of(EventTypes.TASK_TRANSFERRED, EventTypes.TASK_TRANSFERRED);
            assertEquals(expected, types, "on " + code + "'s topic");
            topic.forEach(r -> assertEquals(code, r.key()));
            assertEquals(POLICE, KafkaEvents.data(topic.get(topic.size() - 1)).path("agencyCode").asText());
        }
        // the other agency's TaskAssigned (one partition: consumed before all of the above) was copied nowhere
        assertFalse(Brokers.access(SecureKafka.plaintext()).describe(NOT_PROVISIONED).topicExists());
    }

    static ProducerRecord<String, String> transferred(TaskAssigned assignment, String from, String to) {
        TaskTransferred transfer = new TaskTransferred(assignment.assignmentId(), assignment.planId(), from, to,
                "DKN.STTTT", LocalDate.of(2020, 7, 1), Instant.parse("2020-07-01T01:00:00Z"));
        return TestEvents.event(Topics.TASK, to, EventTypes.TASK_TRANSFERRED, to, transfer);
    }

    @Test
    void aRotatedPasswordReplacesTheOldAndARevokedAgencyIsRefused() {
        String code = "DKN.DAKMIL";   // UBND huyện Đắk Mil
        String first = provision(code);
        send(assigned(code));
        AgencyClients.read(code, first, Topics.agencyInbox(code), r -> true);

        String second = given().auth().oauth2(ADMIN).post("/admin/agency-access/{code}/rotate", code)
                .then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body("password", notNullValue()).extract().path("password");
        assertNotEquals(first, second);
        assertThat(AgencyClients.eventuallyRefused(code, first, Topics.agencyInbox(code)),
                instanceOf(SaslAuthenticationException.class));
        AgencyClients.read(code, second, Topics.agencyInbox(code), r -> true);

        given().auth().oauth2(ADMIN).delete("/admin/agency-access/{code}", code)
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("revokedAt", notNullValue());
        assertThat(AgencyClients.eventuallyRefused(code, second, Topics.agencyInbox(code)),
                instanceOf(SaslAuthenticationException.class));
        given().auth().oauth2(ADMIN).get("/admin/agency-access/{code}", code)
                .then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("broker.acls.size()", equalTo(0)).body("broker.scramMechanisms.size()", equalTo(0));
        given().auth().oauth2(ADMIN).post("/admin/agency-access/{code}/rotate", code)
                .then().statusCode(409).contentType("application/problem+json");

        // provisioning again gives a new password, and the kept topic still holds the backlog
        String third = provision(code);
        AgencyClients.read(code, third, Topics.agencyInbox(code), r -> true);
    }

    /** Provisions over REST and returns the password the answer carries (once). */
    static String provision(String code) {
        ExtractableResponse<Response> created = given().auth().oauth2(ADMIN).put("/admin/agency-access/{code}", code)
                .then().statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .body("agencyCode", equalTo(code))
                .body("topic", equalTo("phoihop.inbox." + code))
                .body("status", equalTo("ACTIVE"))
                .body("connection.bootstrapServers", equalTo(SecureKafka.sasl()))
                .body("connection.saslMechanism", equalTo("SCRAM-SHA-512"))
                .body("connection.username", equalTo(AgencyNames.user(code)))
                .extract();
        return created.path("password");
    }

    static TaskAssigned assigned(String code) {
        return new TaskAssigned(UUID.randomUUID(), UUID.randomUUID(), "46/KH-STTTT", "DKN.STTTT", UUID.randomUUID(),
                code.equals(MAGAZINE) ? "Tạp chí Năm Nung: tuyên truyền phòng, chống mua bán người"
                        : "Thông tin, tuyên truyền phòng, chống mua bán người",
                code, AssignmentRole.COOPERATING, LocalDate.of(2020, 6, 20));
    }

    static void send(TaskAssigned assigned) {
        write(TestEvents.event(Topics.TASK, assigned.agencyCode(), EventTypes.TASK_ASSIGNED, assigned.agencyCode(), assigned));
    }

    static void write(ProducerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SecureKafka.plaintext(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send a test record", e);
        }
    }
}
