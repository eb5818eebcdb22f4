package vn.phoihop.task;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.PlanRevoked;
import vn.phoihop.events.PlanTasksPart;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A letter whose tasks travel in parts (PlanIssued with part 1, then PlanTasksPart 2..n, all keyed by plan id)
 * fans out completely, and a redelivered or repeated part assigns nothing twice.
 */
@QuarkusTest
class PlanInPartsTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Directory.dakNong();
    }

    static final Duration WAIT = Duration.ofSeconds(30);

    static PlanIssued.Task commune(int i) {
        return new PlanIssued.Task(UUID.randomUUID(), "Triển khai Công văn tại xã số " + i, null,
                "DKN.TUYDUC.XA" + i, List.of(), LocalDate.of(2020, 6, 30));
    }

    @Test
    void aLetterInThreePartsFansOutOnceEvenWhenPartsAreDeliveredAgain() {
        UUID planId = UUID.randomUUID();
        String key = planId.toString();
        List<PlanIssued.Task> tasks = IntStream.rangeClosed(1, 5).mapToObj(PlanInPartsTest::commune).toList();
        PlanIssued first = new PlanIssued(planId, "77/CV-STTTT", PressPlan.STTTT, PressPlan.SUBJECT,
                LocalDate.of(2020, 3, 12), tasks.subList(0, 2), "CV", null, null, null, null, List.of(), 1, 5, 3);
        PlanTasksPart second = new PlanTasksPart(planId, first.number(), PressPlan.STTTT, 1, 2, 3, tasks.subList(2, 4), List.of());
        PlanTasksPart third = new PlanTasksPart(planId, first.number(), PressPlan.STTTT, 1, 3, 3, tasks.subList(4, 5), List.of());
        ProducerRecord<String, String> secondRecord = TestEvents.event(Topics.PLAN, key, EventTypes.PLAN_TASKS_PART, null, second);
        KafkaEvents.send(TestEvents.event(Topics.PLAN, key, EventTypes.PLAN_ISSUED, null, first));
        KafkaEvents.send(secondRecord);
        KafkaEvents.send(TestEvents.event(Topics.PLAN, key, EventTypes.PLAN_TASKS_PART, null, third));

        List<Map<String, Object>> assigned = PressPlan.awaitAssignments(planId, 5);
        assertEquals(Set.of("DKN.TUYDUC.XA1", "DKN.TUYDUC.XA2", "DKN.TUYDUC.XA3", "DKN.TUYDUC.XA4", "DKN.TUYDUC.XA5"),
                assigned.stream().map(a -> (String) a.get("agencyCode")).collect(Collectors.toSet()));

        KafkaEvents.send(secondRecord);                                                          // same event id
        KafkaEvents.send(TestEvents.event(Topics.PLAN, key, EventTypes.PLAN_TASKS_PART, null, third)); // new event id
        // a part of a version that is not the one applied (a stale replay) changes nothing either
        KafkaEvents.send(TestEvents.event(Topics.PLAN, key, EventTypes.PLAN_TASKS_PART, null,
                new PlanTasksPart(planId, first.number(), PressPlan.STTTT, 7, 2, 2, List.of(commune(6)), List.of())));
        // a later plan on the same partition: once it is assigned, everything above was consumed
        PlanIssued marker = PressPlan.issued();
        KafkaEvents.send(TestEvents.event(Topics.PLAN, key, EventTypes.PLAN_ISSUED, null, marker));
        PressPlan.awaitAssignments(marker.planId(), 3);
        assertEquals(5, PressPlan.awaitAssignments(planId, 5).size());

        // revocation after the parts cancels every assignment of every part
        KafkaEvents.send(TestEvents.event(Topics.PLAN, key, EventTypes.PLAN_REVOKED, null,
                new PlanRevoked(planId, first.number(), PressPlan.STTTT, LocalDate.of(2020, 4, 1), "Thay thế")));
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> PressPlan.awaitAssignments(planId, 5).stream()
                .allMatch(a -> "CANCELLED".equals(a.get("status"))));
        try (KafkaEvents taskEvents = KafkaEvents.reading(Topics.TASK)) {
            long distinct = taskEvents.all(EventTypes.TASK_ASSIGNED, Duration.ofSeconds(2)).stream()
                    .map(KafkaEvents::data).filter(d -> key.equals(d.path("planId").asText()))
                    .map(d -> d.path("assignmentId").asText()).distinct().count();
            assertEquals(5, distinct);
        }
    }
}
