package vn.phoihop.task;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanAmended;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.PlanRevoked;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.phoihop.task.DienBienAssignmentTest.WAIT;
import static vn.phoihop.task.DienBienAssignmentTest.awaitPlan;
import static vn.phoihop.task.DienBienAssignmentTest.find;
import static vn.phoihop.task.DienBienAssignmentTest.send;

/** Amended and revoked plans reconcile the assignments; redelivered plan events change nothing. */
@QuarkusTest
class PlanChangesTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Directory.dakNong();
    }


    static long count(List<Map<String, Object>> all, String status) {
        return all.stream().filter(a -> status.equals(a.get("status"))).count();
    }

    @Test
    void anAmendmentMovesAddsAndCancelsAndRedeliveriesChangeNothing() {
        DienBienPlan p = new DienBienPlan();
        PlanIssued issued = p.issued();
        send(p.planId, EventTypes.PLAN_ISSUED, issued);
        awaitPlan(p, 180);
        PlanAmended amendment = p.amendment();
        send(p.planId, EventTypes.PLAN_AMENDED, amendment);

        // task 2 removed (120), Sở Y tế no longer on task 1 (20); task 3 added for two agencies
        List<Map<String, Object>> all = awaitPlan(p, a -> a.size() == 182 && count(a, "CANCELLED") == 140);
        Map<String, Object> lead = find(all, p.sldtbxh, "2022-Q1", p.task1);
        assertEquals("2022-03-25", lead.get("deadline"));
        assertEquals("2022-03-22", find(all, p.cat, "2022-Q1", p.task1).get("deadline")); // Thu 24, Wed 23, Tue 22
        assertEquals("AGENCY_REMOVED", find(all, p.syt, "2022-Q1", p.task1).get("cancelReason"));
        assertEquals("TASK_REMOVED", find(all, p.cat, "2022-M01", p.task2).get("cancelReason"));
        Map<String, Object> oneOff = find(all, p.syt, "ONCE", p.task3);
        assertEquals("2023-09-28", oneOff.get("deadline"));
        assertEquals("2023-07-07", oneOff.get("dataFrom"));
        assertEquals("2023-09-30", oneOff.get("dataTo"));
        assertEquals(p.sldtbxh, oneOff.get("reportToCode"));
        assertEquals("2023-09-25", find(all, p.svhttdl, "ONCE", p.task3).get("deadline"));

        try (KafkaEvents events = KafkaEvents.reading(Topics.TASK, Topics.PLAN)) {
            ConsumerRecord<String, String> moved = events.await(EventTypes.TASK_RESCHEDULED,
                    d -> lead.get("id").equals(d.path("assignmentId").asText()), WAIT);
            assertEquals(p.sldtbxh, moved.key());
            assertEquals(List.of(), EventSchemas.problems(EventTypes.TASK_RESCHEDULED, KafkaEvents.data(moved)));
            assertEquals("2022-03-20", KafkaEvents.data(moved).path("from").asText());
            assertEquals("2022-03-25", KafkaEvents.data(moved).path("to").asText());
            String healthQ1 = (String) find(all, p.syt, "2022-Q1", p.task1).get("id");
            ConsumerRecord<String, String> cancelled = events.await(EventTypes.TASK_CANCELLED,
                    d -> healthQ1.equals(d.path("assignmentId").asText()), WAIT);
            assertEquals(List.of(), EventSchemas.problems(EventTypes.TASK_CANCELLED, KafkaEvents.data(cancelled)));
            assertEquals("AGENCY_REMOVED", KafkaEvents.data(cancelled).path("reason").asText());

            // redeliveries (same event ids) and repeats (new ids) of both events
            KafkaEvents.redeliver(events.await(EventTypes.PLAN_ISSUED, d -> p.planId.toString().equals(d.path("planId").asText()), WAIT));
            KafkaEvents.redeliver(events.await(EventTypes.PLAN_AMENDED, d -> p.planId.toString().equals(d.path("planId").asText()), WAIT));
        }
        send(p.planId, EventTypes.PLAN_ISSUED, issued);
        send(p.planId, EventTypes.PLAN_AMENDED, amendment);
        // version 3 comes after them on the plan's partition: once applied, the repeats were consumed
        send(p.planId, EventTypes.PLAN_AMENDED, p.thirdVersion());
        all = awaitPlan(p, a -> "2022-03-26".equals(find(a, p.sldtbxh, "2022-Q1", p.task1).get("deadline")));
        assertEquals(182, all.size());
        assertEquals(140, count(all, "CANCELLED"));
        assertEquals(42, count(all, "ASSIGNED"));
        assertEquals("2022-03-23", find(all, p.cat, "2022-Q1", p.task1).get("deadline"));
        Set<String> slots = all.stream().map(a -> a.get("taskId") + " " + a.get("obligationId") + " " + a.get("periodKey")
                + " " + a.get("agencyCode")).collect(Collectors.toSet());
        assertEquals(182, slots.size());
        try (KafkaEvents events = KafkaEvents.reading(Topics.TASK)) {
            String catQ1 = (String) find(all, p.cat, "2022-Q1", p.task1).get("id");
            events.await(EventTypes.TASK_RESCHEDULED, d -> catQ1.equals(d.path("assignmentId").asText())
                    && "2022-03-23".equals(d.path("to").asText()), WAIT);
            Set<String> assigned = events.all(EventTypes.TASK_ASSIGNED, Duration.ofSeconds(2)).stream()
                    .map(KafkaEvents::data).filter(d -> p.planId.toString().equals(d.path("planId").asText()))
                    .map(d -> d.path("assignmentId").asText()).collect(Collectors.toSet());
            assertEquals(182, assigned.size());
        }
    }

    @Test
    void aRevokedPlanCancelsWhatIsStillOpen() {
        DienBienPlan p = new DienBienPlan();
        send(p.planId, EventTypes.PLAN_ISSUED, p.issued());
        List<Map<String, Object>> all = awaitPlan(p, 180);
        String leadQ1 = (String) find(all, p.sldtbxh, "2021-Q1", p.task1).get("id");
        DienBienAssignmentTest.report(p.sldtbxh, find(all, p.sldtbxh, "2021-Q1", p.task1), p.planId,
                java.time.Instant.parse("2021-03-18T02:00:00Z"));
        String officer = DevTokens.issue(p.sldtbxh, "officer");
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> "SUBMITTED".equals(
                given().auth().oauth2(officer).get("/assignments/{id}", leadQ1).jsonPath().getString("status")));

        send(p.planId, EventTypes.PLAN_REVOKED, new PlanRevoked(p.planId, DienBienPlan.NUMBER, p.ubnd,
                LocalDate.of(2022, 5, 1), "Thay thế bằng Kế hoạch mới"));
        all = awaitPlan(p, a -> count(a, "CANCELLED") == 179);
        assertEquals("SUBMITTED", all.stream().filter(a -> leadQ1.equals(a.get("id"))).findFirst().orElseThrow().get("status"));
        given().auth().oauth2(officer).get("/inbox/counts").then().statusCode(200).body("total", equalTo(1));
        // an amendment after the revocation changes nothing
        send(p.planId, EventTypes.PLAN_AMENDED, p.amendment());
        send(p.planId, EventTypes.PLAN_AMENDED, p.thirdVersion());
        // a later plan on the same partition (same key): once it is assigned, the amendments were consumed
        DienBienPlan marker = new DienBienPlan();
        KafkaEvents.send(vn.phoihop.testing.TestEvents.event(Topics.PLAN, p.planId.toString(), EventTypes.PLAN_ISSUED, null,
                marker.issued()));
        awaitPlan(marker, 180);
        all = awaitPlan(p, 180);
        assertEquals(180, all.size());
        assertEquals(179, count(all, "CANCELLED"));
        assertEquals("2022-03-20", find(all, p.sldtbxh, "2022-Q1", p.task1).get("deadline"));
    }
}
