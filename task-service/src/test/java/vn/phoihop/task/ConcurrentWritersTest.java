package vn.phoihop.task;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.ReportSubmitted;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three writers on one assignment at once: the agency acknowledges it (REST), its report arrives
 * (ReportSubmitted, consumer) and the overdue detector finds its deadline passed (scheduler, every second in
 * tests; the press plan's deadline is in 2020). Optimistic locking makes a write from a stale read fail
 * instead of undoing another: nothing is lost and TaskOverdue is published at most once per assignment,
 * exactly once where the assignment was marked overdue.
 */
@QuarkusTest
class ConcurrentWritersTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Directory.dakNong();
    }

    static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void anAcknowledgeRacingAReportAndTheOverdueDetectorLosesNothingAndTaskOverdueIsPublishedOnce() {
        List<UUID> plans = new ArrayList<>();
        List<Map<String, Object>> assignments = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            PlanIssued plan = PressPlan.issued();
            plans.add(plan.planId());
            PressPlan.send(plan);
            List<Map<String, Object>> created = PressPlan.awaitAssignments(plan.planId(), 3);
            assignments.addAll(created);
            List<CompletableFuture<Integer>> acks = new ArrayList<>();
            for (Map<String, Object> a : created) {
                String agency = (String) a.get("agencyCode");
                String id = (String) a.get("id");
                acks.add(CompletableFuture.supplyAsync(() -> given().auth().oauth2(DevTokens.issue(agency, "officer"))
                        .post("/assignments/{id}/acknowledge", id).statusCode()));
                KafkaEvents.send(TestEvents.event(Topics.REPORT, agency, EventTypes.REPORT_SUBMITTED, agency,
                        new ReportSubmitted(UUID.randomUUID(), UUID.fromString(id), plan.planId(), agency, PressPlan.STTTT,
                                "Quý I/2020: 12 phóng sự về phòng, chống mua bán người.", Instant.now().truncatedTo(ChronoUnit.MILLIS))));
            }
            // 200, or 409 when the report or the detector came first: never a server error, never a lost write
            acks.forEach(ack -> assertTrue(Set.of(200, 409).contains(ack.join()), "acknowledge answered " + ack.join()));
        }

        for (Map<String, Object> a : assignments) {
            String agency = (String) a.get("agencyCode");
            await().atMost(WAIT).until(() -> "SUBMITTED".equals(given().auth().oauth2(DevTokens.issue(agency, "officer"))
                    .get("/assignments/{id}", a.get("id")).jsonPath().getString("status")));
        }
        Set<String> ids = assignments.stream().map(a -> (String) a.get("id")).collect(Collectors.toSet());
        try (KafkaEvents taskEvents = KafkaEvents.reading(Topics.TASK)) {
            Map<String, Long> overdueEvents = taskEvents.all(EventTypes.TASK_OVERDUE, Duration.ofSeconds(3)).stream()
                    .map(KafkaEvents::data).map(d -> d.path("assignmentId").asText()).filter(ids::contains)
                    // the relay may send one event twice (same event id): that is at-least-once, not a second notice
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            for (Map<String, Object> a : assignments) {
                String agency = (String) a.get("agencyCode");
                Map<String, Object> now = given().auth().oauth2(DevTokens.issue(agency, "officer"))
                        .get("/assignments/{id}", a.get("id")).then().statusCode(200).extract().jsonPath().getMap("$");
                assertNotNull(now.get("submittedAt"), "the report was lost: " + now);
                long notices = overdueEvents.getOrDefault((String) a.get("id"), 0L);
                assertEquals(now.get("overdueAt") == null ? 0 : 1, distinctOverdue(taskEvents, (String) a.get("id"), notices),
                        "TaskOverdue of " + a.get("id") + " (overdueAt " + now.get("overdueAt") + ")");
            }
        }
    }

    /** Distinct TaskOverdue events (by event id) of one assignment. */
    private static long distinctOverdue(KafkaEvents events, String assignmentId, long records) {
        if (records <= 1) {
            return records;
        }
        return events.all(EventTypes.TASK_OVERDUE, Duration.ZERO).stream()
                .filter(r -> assignmentId.equals(KafkaEvents.data(r).path("assignmentId").asText()))
                .map(r -> KafkaEvents.header(r, vn.phoihop.events.CloudEventHeaders.ID)).distinct().count();
    }
}
