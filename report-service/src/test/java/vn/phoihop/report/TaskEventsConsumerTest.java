package vn.phoihop.report;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.CloudEventHeaders;
import vn.phoihop.events.EventJson;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAcknowledged;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.phoihop.report.Assignments.BAO_DAK_NONG;
import static vn.phoihop.report.Assignments.DEADLINE_2020;
import static vn.phoihop.report.Assignments.PATIENCE;
import static vn.phoihop.report.Assignments.PRESS_TASK;

@QuarkusTest
class TaskEventsConsumerTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        DakNong.directoryKnown();
    }

    static final String BAO_OFFICER = DevTokens.issue(BAO_DAK_NONG, "officer");

    @Test
    void taskAssignedMakesTheAssignmentReportableAndARedeliveryChangesNothing() {
        TaskAssigned task = Assignments.pressTask(BAO_DAK_NONG, DEADLINE_2020);
        ProducerRecord<String, String> first = Assignments.assignedEvent(task);
        KafkaEvents.send(first);
        Assignments.awaitKnown(task);
        assertKnownAs(task, "45/KH-STTTT", PRESS_TASK, "2020-06-20");

        // the same event id again, even carrying other data, is skipped: the id was recorded
        TaskAssigned altered = new TaskAssigned(task.assignmentId(), task.planId(), "99/KH-STTTT", task.issuerCode(),
                task.taskId(), "Nhiệm vụ khác", task.agencyCode(), task.role(), LocalDate.of(2099, 12, 31));
        KafkaEvents.send(TestEvents.event(Topics.TASK, task.agencyCode(), eventId(first), EventTypes.TASK_ASSIGNED,
                task.agencyCode(), EventJson.write(altered)));
        KafkaEvents.send(first);
        // a task event report-service does not act on, then a marker: same key, same partition, so once the
        // marker is known the redeliveries and the acknowledgement have been consumed
        KafkaEvents.send(TestEvents.event(Topics.TASK, BAO_DAK_NONG, EventTypes.TASK_ACKNOWLEDGED, BAO_DAK_NONG,
                new TaskAcknowledged(task.assignmentId(), task.planId(), BAO_DAK_NONG, task.issuerCode(), Instant.now())));
        TaskAssigned marker = Assignments.assign(Assignments.pressTask(BAO_DAK_NONG, DEADLINE_2020));
        Assignments.awaitKnown(marker);

        assertKnownAs(task, "45/KH-STTTT", PRESS_TASK, "2020-06-20");
        List<String> ids = given().auth().oauth2(BAO_OFFICER).get("/assignments").then().statusCode(200)
                .extract().path("findAll { it.assignmentId == '" + task.assignmentId() + "' }.assignmentId");
        assertEquals(1, ids.size());
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndLaterEventsStillFlow() {
        UUID poisonId = UUID.randomUUID();
        String poison = EventJson.write(Map.of(
                "assignmentId", poisonId.toString(),
                "planId", "không phải mã kế hoạch",
                "issuerCode", "DKN.STTTT",
                "agencyCode", BAO_DAK_NONG,
                "role", "CHỦ_TRÌ"));
        KafkaEvents.send(TestEvents.event(Topics.TASK, BAO_DAK_NONG, UUID.randomUUID(), EventTypes.TASK_ASSIGNED, BAO_DAK_NONG, poison));
        // on request ("khi có yêu cầu"): no deadline, so never late
        TaskAssigned good = Assignments.assign(Assignments.pressTask(BAO_DAK_NONG, null));

        try (KafkaEvents dlq = KafkaEvents.reading(Topics.deadLetter("report-service"))) {
            var parked = dlq.await(EventTypes.TASK_ASSIGNED,
                    data -> poisonId.toString().equals(data.path("assignmentId").asText()), PATIENCE);
            assertEquals(BAO_DAK_NONG, parked.key());
            assertEquals(poison, parked.value(), "the poison event is parked exactly as it came");
        }
        Assignments.awaitKnown(good);
        Assignments.submitWhenKnown(BAO_OFFICER, Assignments.report(good)).then().statusCode(201).body("late", equalTo(false));
        given().auth().oauth2(BAO_OFFICER).get("/assignments").then().statusCode(200)
                .body("findAll { it.assignmentId == '" + poisonId + "' }.size()", equalTo(0));
    }

    @Test
    void aPoisonAmongManyEventsOfOnePollIsDeadLetteredAloneAndTheOthersAreApplied() {
        UUID planId = UUID.randomUUID();
        List<TaskAssigned> good = new java.util.ArrayList<>();
        List<ProducerRecord<String, String>> records = new java.util.ArrayList<>();
        UUID brokenId = UUID.randomUUID();
        UUID tooLongId = UUID.randomUUID();
        for (int i = 1; i <= 120; i++) {
            if (i == 40) {
                // breaks the contract: the schema refuses it
                records.add(TestEvents.event(Topics.TASK, BAO_DAK_NONG, UUID.randomUUID(), EventTypes.TASK_ASSIGNED, BAO_DAK_NONG,
                        EventJson.write(Map.of("assignmentId", brokenId.toString(), "planId", "không phải mã kế hoạch",
                                "issuerCode", "DKN.STTTT", "agencyCode", BAO_DAK_NONG, "role", "CHỦ_TRÌ"))));
            }
            if (i == 80) {
                // keeps the contract, but the database refuses it on every attempt (a number longer than its column)
                records.add(Assignments.assignedEvent(new TaskAssigned(tooLongId, planId, "45/KH-STTTT ".repeat(10),
                        "DKN.STTTT", UUID.randomUUID(), PRESS_TASK, BAO_DAK_NONG, vn.phoihop.events.AssignmentRole.COOPERATING, null)));
            }
            TaskAssigned task = new TaskAssigned(UUID.randomUUID(), planId, "45/KH-STTTT", "DKN.STTTT", UUID.randomUUID(),
                    PRESS_TASK + " (" + i + ")", BAO_DAK_NONG, vn.phoihop.events.AssignmentRole.COOPERATING, null);
            good.add(task);
            records.add(Assignments.assignedEvent(task));
        }
        KafkaEvents.sendAll(records);

        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> given().auth().oauth2(BAO_OFFICER)
                .get("/assignments").then().extract().<List<String>>path("findAll { it.planId == '" + planId + "' }.assignmentId")
                .size() == good.size());
        List<String> known = given().auth().oauth2(BAO_OFFICER).get("/assignments").then().statusCode(200)
                .extract().path("findAll { it.planId == '" + planId + "' }.assignmentId");
        assertEquals(good.stream().map(t -> t.assignmentId().toString()).sorted().toList(), known.stream().sorted().toList(),
                "every good event applied once, neither poison");

        try (KafkaEvents dlq = KafkaEvents.reading(Topics.deadLetter("report-service"))) {
            dlq.await(EventTypes.TASK_ASSIGNED, data -> brokenId.toString().equals(data.path("assignmentId").asText()), PATIENCE);
            var tooLong = dlq.await(EventTypes.TASK_ASSIGNED, data -> tooLongId.toString().equals(data.path("assignmentId").asText()), PATIENCE);
            org.junit.jupiter.api.Assertions.assertTrue(KafkaEvents.header(tooLong, "dead-letter-reason").contains("value too long"),
                    "the reason names the database's refusal: " + KafkaEvents.header(tooLong, "dead-letter-reason"));
            java.util.Set<String> ours = new java.util.HashSet<>(good.stream().map(t -> t.assignmentId().toString()).toList());
            List<String> goodDeadLettered = dlq.all(EventTypes.TASK_ASSIGNED, java.time.Duration.ofSeconds(1)).stream()
                    .map(r -> KafkaEvents.data(r).path("assignmentId").asText()).filter(ours::contains).toList();
            assertEquals(List.of(), goodDeadLettered, "only the two poison events are dead-lettered");
        }
    }

    private static void assertKnownAs(TaskAssigned task, String planNumber, String title, String deadline) {
        given().auth().oauth2(BAO_OFFICER).get("/assignments").then().statusCode(200)
                .body("find { it.assignmentId == '" + task.assignmentId() + "' }.planNumber", equalTo(planNumber))
                .body("find { it.assignmentId == '" + task.assignmentId() + "' }.taskTitle", equalTo(title))
                .body("find { it.assignmentId == '" + task.assignmentId() + "' }.deadline", equalTo(deadline))
                .body("find { it.assignmentId == '" + task.assignmentId() + "' }.issuerCode", equalTo("DKN.STTTT"));
    }

    private static UUID eventId(ProducerRecord<String, String> record) {
        return UUID.fromString(new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8));
    }
}
