package vn.phoihop.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.CloudEventHeaders;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Events sized by design: with parts of at most two tasks, a five-task plan is published as PlanIssued (part 1,
 * with the task count) and two PlanTasksPart events keyed by the plan id; an amendment that removes three tasks
 * likewise. Every task travels exactly once, in order.
 */
@QuarkusTest
@TestProfile(PlanEventPartsTest.SmallParts.class)
class PlanEventPartsTest {
    public static class SmallParts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("phoihop.plan.event-part.max-tasks", "2");
        }
    }

    static final String COORDINATOR = DevTokens.issue("DKN.STTTT", "coordinator");
    static final List<String> LEADS = List.of("DKN.DAIPTTH", "DKN.BAODAKNONG", "DKN.TAPCHINAMNUNG", "DKN.CAT", "DKN.UBND");

    @Inject
    ServiceClock clock;

    @BeforeEach
    void directory() {
        Agencies.ensureDakNong();
        clock.set(Clock.fixed(Instant.parse("2020-04-15T02:00:00Z"), ServiceClock.ZONE));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPlanLargerThanOnePartTravelsInPartsKeyedByPlan() {
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (String lead : LEADS) {
            tasks.add(Map.of("title", "Tuyên truyền phòng, chống mua bán người: " + lead, "leadAgencyCode", lead,
                    "deadline", "2020-06-20"));
        }
        JsonNode draft = DocumentFixturesTest.json(given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("subject", "Thông tin, tuyên truyền phòng, chống mua bán người năm 2020", "place", "Đắk Nông",
                        "tasks", tasks))
                .post("/plans").then().statusCode(201).extract().asString());
        String id = draft.path("id").asText();
        given().auth().oauth2(COORDINATOR).post("/plans/{id}/issue", id).then().statusCode(200);

        try (KafkaEvents events = KafkaEvents.reading(Topics.PLAN)) {
            List<ConsumerRecord<String, String>> ofPlan = awaitOfPlan(events, id, 3);
            assertEquals(List.of(EventTypes.PLAN_ISSUED, EventTypes.PLAN_TASKS_PART, EventTypes.PLAN_TASKS_PART),
                    ofPlan.stream().map(PlanEventPartsTest::type).toList(), "the parts follow the event, in order");
            JsonNode issued = KafkaEvents.data(ofPlan.get(0));
            assertEquals(5, issued.path("taskCount").asInt());
            assertEquals(3, issued.path("parts").asInt());
            List<String> leads = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                ConsumerRecord<String, String> record = ofPlan.get(k);
                assertEquals(id, record.key());
                JsonNode data = KafkaEvents.data(record);
                assertEquals(List.of(), EventSchemas.problems(type(record), data));
                if (k > 0) {
                    assertEquals(k + 1, data.path("part").asInt());
                    assertEquals(3, data.path("parts").asInt());
                    assertEquals(1, data.path("version").asInt());
                }
                data.path("tasks").forEach(t -> leads.add(t.path("leadAgencyCode").asText()));
            }
            assertEquals(LEADS, leads);
        }

        List<String> taskIds = StreamSupport.stream(draft.path("tasks").spliterator(), false)
                .map(t -> t.path("id").asText()).toList();
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("reason", "Ba cơ quan không còn tham gia", "removeTasks", taskIds.subList(1, 4)))
                .post("/plans/{id}/amendments", id).then().statusCode(200);
        try (KafkaEvents events = KafkaEvents.reading(Topics.PLAN)) {
            List<ConsumerRecord<String, String>> ofPlan = awaitOfPlan(events, id, 5).subList(3, 5);
            assertEquals(List.of(EventTypes.PLAN_AMENDED, EventTypes.PLAN_TASKS_PART),
                    ofPlan.stream().map(PlanEventPartsTest::type).toList());
            List<String> removed = new ArrayList<>();
            for (ConsumerRecord<String, String> record : ofPlan) {
                JsonNode data = KafkaEvents.data(record);
                assertEquals(List.of(), EventSchemas.problems(type(record), data));
                assertEquals(2, data.path("version").asInt());
                data.path("tasksRemoved").forEach(t -> removed.add(t.asText()));
            }
            assertEquals(2, KafkaEvents.data(ofPlan.get(0)).path("parts").asInt());
            assertEquals(taskIds.subList(1, 4), removed);
        }
    }

    static String type(ConsumerRecord<String, String> record) {
        return KafkaEvents.header(record, CloudEventHeaders.TYPE);
    }

    private static List<ConsumerRecord<String, String>> awaitOfPlan(KafkaEvents events, String id, int count) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found.clear();
            java.util.stream.Stream.of(EventTypes.PLAN_ISSUED, EventTypes.PLAN_AMENDED, EventTypes.PLAN_TASKS_PART)
                    .flatMap(type -> events.all(type, Duration.ofMillis(100)).stream())
                    .filter(r -> id.equals(r.key()))
                    .sorted(Comparator.comparingLong(ConsumerRecord::offset))
                    .forEach(found::add);
            return found.size() >= count;
        });
        return found;
    }
}
