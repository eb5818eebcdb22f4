package vn.phoihop.task;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.CloudEventHeaders;
import vn.phoihop.events.EventSchemas;
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
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.phoihop.task.PressPlan.BAODAKNONG;
import static vn.phoihop.task.PressPlan.DAIPTTH;
import static vn.phoihop.task.PressPlan.STTTT;
import static vn.phoihop.task.PressPlan.TAPCHINAMNUNG;

/** At-least-once delivery: redeliveries change nothing, poison events are dead-lettered and do not block. */
@QuarkusTest
class EventDeliveryTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Directory.dakNong();
    }

    static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aRedeliveredOrRepeatedPlanIssuedAssignsNothingTwice() {
        PlanIssued plan = PressPlan.issued();
        PressPlan.send(plan);
        PressPlan.awaitAssignments(plan.planId(), 3);

        try (KafkaEvents planEvents = KafkaEvents.reading(Topics.PLAN)) {
            ConsumerRecord<String, String> received = planEvents.await(EventTypes.PLAN_ISSUED,
                    d -> plan.planId().toString().equals(d.path("planId").asText()), WAIT);
            KafkaEvents.redeliver(received);   // same event id: the inbox skips it
        }
        PressPlan.send(plan);                  // same plan under a new event id: the tasks are already assigned

        // a later plan on the same partition (same key): once it is assigned, the repeats above were consumed
        PlanIssued marker = PressPlan.issued();
        KafkaEvents.send(TestEvents.event(Topics.PLAN, plan.planId().toString(), EventTypes.PLAN_ISSUED, null, marker));
        PressPlan.awaitAssignments(marker.planId(), 3);
        assertEquals(3, PressPlan.awaitAssignments(plan.planId(), 3).size());

        // and no second TaskAssigned left: each agency's marker event comes after any repeat in its partition
        try (KafkaEvents taskEvents = KafkaEvents.reading(Topics.TASK)) {
            for (String agency : List.of(DAIPTTH, BAODAKNONG, TAPCHINAMNUNG)) {
                taskEvents.await(EventTypes.TASK_ASSIGNED, d -> marker.planId().toString().equals(d.path("planId").asText())
                        && agency.equals(d.path("agencyCode").asText()), WAIT);
            }
            // distinct assignments: the relay may send one event twice (same event id), which is at-least-once
            long assigned = taskEvents.all(EventTypes.TASK_ASSIGNED, Duration.ZERO).stream()
                    .map(KafkaEvents::data).filter(d -> plan.planId().toString().equals(d.path("planId").asText()))
                    .map(d -> d.path("assignmentId").asText()).distinct().count();
            assertEquals(3, assigned);
        }
    }

    @Test
    void aPoisonEventIsDeadLetteredAndTheNextOneIsStillProcessed() {
        UUID poisonId = UUID.randomUUID();
        UUID poisonPlan = UUID.randomUUID();
        String noTasks = """
                {"planId": "%s", "number": "46/KH-STTTT", "issuerCode": "DKN.STTTT",
                 "subject": "Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020",
                 "issuedOn": "2020-03-12"}""".formatted(poisonPlan);
        KafkaEvents.send(TestEvents.event(Topics.PLAN, poisonPlan.toString(), poisonId, EventTypes.PLAN_ISSUED, null, noTasks));
        PlanIssued good = PressPlan.issued();
        KafkaEvents.send(TestEvents.event(Topics.PLAN, poisonPlan.toString(), EventTypes.PLAN_ISSUED, null, good));

        try (KafkaEvents deadLetters = KafkaEvents.reading(Topics.deadLetter("task-service"))) {
            ConsumerRecord<String, String> dead = deadLetters.await(EventTypes.PLAN_ISSUED,
                    d -> poisonPlan.toString().equals(d.path("planId").asText()), WAIT);
            assertEquals(poisonId.toString(), KafkaEvents.header(dead, CloudEventHeaders.ID));
            assertEquals(poisonPlan.toString(), dead.key());
        }
        assertEquals(3, PressPlan.awaitAssignments(good.planId(), 3).size());
        given().auth().oauth2(PressPlan.ISSUER_COORDINATOR).get("/plans/{id}/assignments", poisonPlan)
                .then().statusCode(404);
    }

    @Test
    void aSubmittedReportMarksItsAssignmentSubmitted() {
        PlanIssued plan = PressPlan.issued();
        PressPlan.send(plan);
        String stationsTask = PressPlan.awaitAssignmentOf(plan.planId(), DAIPTTH);
        Instant submittedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        // a report for an assignment this service does not know is skipped, and does not block the next
        UUID strayReport = UUID.randomUUID();
        KafkaEvents.send(TestEvents.event(Topics.REPORT, DAIPTTH, EventTypes.REPORT_SUBMITTED, DAIPTTH,
                new ReportSubmitted(strayReport, UUID.randomUUID(), plan.planId(), DAIPTTH, STTTT, "Báo cáo lạc", submittedAt)));
        KafkaEvents.send(TestEvents.event(Topics.REPORT, DAIPTTH, EventTypes.REPORT_SUBMITTED, DAIPTTH,
                new ReportSubmitted(UUID.randomUUID(), UUID.fromString(stationsTask), plan.planId(), DAIPTTH, STTTT,
                        "Quý I/2020: phát sóng 12 phóng sự, 45 tin bài về phòng, chống mua bán người.", submittedAt)));

        try (KafkaEvents events = KafkaEvents.reading(Topics.TASK)) {
            ConsumerRecord<String, String> record = events.await(EventTypes.TASK_STATUS_CHANGED,
                    d -> stationsTask.equals(d.path("assignmentId").asText()), WAIT);
            assertEquals(DAIPTTH, record.key());
            assertEquals(List.of(), EventSchemas.problems(EventTypes.TASK_STATUS_CHANGED, KafkaEvents.data(record)));
            assertEquals("ASSIGNED", KafkaEvents.data(record).path("from").asText());
            assertEquals("SUBMITTED", KafkaEvents.data(record).path("to").asText());
        }
        given().auth().oauth2(DevTokens.issue(DAIPTTH, "officer")).get("/assignments/{id}", stationsTask)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedAt", equalTo(submittedAt.toString()));
        try (KafkaEvents deadLetters = KafkaEvents.reading(Topics.deadLetter("task-service"))) {
            assertEquals(0, deadLetters.all(EventTypes.REPORT_SUBMITTED, Duration.ofSeconds(2)).stream()
                    .filter(r -> strayReport.toString().equals(KafkaEvents.data(r).path("reportId").asText())).count());
        }
    }
}
