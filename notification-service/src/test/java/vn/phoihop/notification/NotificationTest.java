package vn.phoihop.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.CloudEventHeaders;
import vn.phoihop.events.EventJson;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.ReportSubmitted;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.phoihop.notification.Inboxes.PATIENCE;
import static vn.phoihop.notification.Inboxes.about;
import static vn.phoihop.notification.Inboxes.awaitOne;
import static vn.phoihop.notification.Inboxes.officer;

/**
 * Plays task-service and report-service on the real broker with the Đắk Nông 2020 plan on
 * anti-trafficking communication (Kế hoạch số 45/KH-STTTT), and reads the agencies' inboxes.
 */
@QuarkusTest
class NotificationTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Plays.directory();
    }

    static final String STTTT = "DKN.STTTT";
    static final String DAIPTTH = "DKN.DAIPTTH";
    static final String BAODAKNONG = "DKN.BAODAKNONG";
    static final String PLAN_NUMBER = "45/KH-STTTT";
    static final String PRESS_TASK = "Các cơ quan báo chí trên địa bàn tỉnh (Đài PTTH tỉnh, Báo Đắk Nông, Tạp chí Năm Nung)";
    static final String SUMMARY = "Quý II năm 2020, Báo Đắk Nông đăng 12 tin, bài tuyên truyền phòng, chống mua bán người.";
    static final String DEAD_LETTERS = Topics.deadLetter("notification-service");

    static TaskAssigned pressTask(String agencyCode, AssignmentRole role, LocalDate deadline) {
        return new TaskAssigned(UUID.randomUUID(), UUID.randomUUID(), PLAN_NUMBER, STTTT, UUID.randomUUID(),
                PRESS_TASK, agencyCode, role, deadline);
    }

    static ReportSubmitted pressReport() {
        return pressReport(UUID.randomUUID());
    }

    static ReportSubmitted pressReport(UUID assignmentId) {
        return new ReportSubmitted(UUID.randomUUID(), assignmentId, UUID.randomUUID(), BAODAKNONG, STTTT,
                SUMMARY, Instant.parse("2020-06-18T09:30:00Z"));
    }

    static void send(TaskAssigned task) {
        KafkaEvents.send(TestEvents.event(Topics.TASK, task.agencyCode(), EventTypes.TASK_ASSIGNED, task.agencyCode(), task));
    }

    static void send(ReportSubmitted report) {
        KafkaEvents.send(TestEvents.event(Topics.REPORT, report.agencyCode(), EventTypes.REPORT_SUBMITTED, report.agencyCode(), report));
    }

    @Test
    void taskAssignedNotifiesTheAssigneeOnlyInVietnamese() {
        TaskAssigned task = pressTask(BAODAKNONG, AssignmentRole.COOPERATING, LocalDate.of(2020, 6, 20));
        send(task);

        Map<String, Object> n = awaitOne(BAODAKNONG, task.assignmentId());
        assertEquals("TASK_ASSIGNED", n.get("kind"));
        assertEquals(BAODAKNONG, n.get("agencyCode"));
        assertEquals("Nhiệm vụ mới theo Kế hoạch số 45/KH-STTTT", n.get("title"));
        assertEquals("Đơn vị được giao phối hợp thực hiện nhiệm vụ “Các cơ quan báo chí trên địa bàn tỉnh "
                + "(Đài PTTH tỉnh, Báo Đắk Nông, Tạp chí Năm Nung)”; hạn báo cáo 20/06/2020.", n.get("body"));
        assertEquals(task.planId().toString(), n.get("planId"));
        assertNotNull(n.get("createdAt"));
        String id = (String) n.get("id");

        given().auth().oauth2(officer(BAODAKNONG)).get("/notifications/{id}", id)
                .then().statusCode(200).body("title", equalTo("Nhiệm vụ mới theo Kế hoạch số 45/KH-STTTT"));
        given().auth().oauth2(DevTokens.issue(BAODAKNONG, "coordinator")).get("/notifications?kind=TASK_ASSIGNED")
                .then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(officer(BAODAKNONG)).get("/notifications?kind=REPORT_SUBMITTED")
                .then().statusCode(200).body("id", not(hasItem(id)));

        // another agency, even the lead of the same task, neither lists it nor reads it
        assertTrue(about(DAIPTTH, task.assignmentId()).isEmpty());
        given().auth().oauth2(officer(DAIPTTH)).get("/notifications/{id}", id)
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().auth().oauth2(DevTokens.issue(DAIPTTH, "admin")).get("/notifications/{id}", id).then().statusCode(404);
    }

    @Test
    void leadWithoutDeadlineIsToldSo() {
        TaskAssigned task = pressTask(DAIPTTH, AssignmentRole.LEAD, null);
        send(task);
        Map<String, Object> n = awaitOne(DAIPTTH, task.assignmentId());
        assertEquals("Đơn vị được giao chủ trì thực hiện nhiệm vụ “" + PRESS_TASK + "”; chưa có hạn.", n.get("body"));
    }

    @Test
    void newestFirst() {
        TaskAssigned first = pressTask(BAODAKNONG, AssignmentRole.COOPERATING, LocalDate.of(2020, 6, 20));
        send(first);
        awaitOne(BAODAKNONG, first.assignmentId());
        TaskAssigned second = pressTask(BAODAKNONG, AssignmentRole.COOPERATING, LocalDate.of(2020, 12, 20));
        send(second);
        awaitOne(BAODAKNONG, second.assignmentId());

        List<Map<String, Object>> inbox = Inboxes.all(BAODAKNONG);
        List<String> ids = inbox.stream().map(m -> (String) m.get("assignmentId")).toList();
        assertTrue(ids.indexOf(second.assignmentId().toString()) < ids.indexOf(first.assignmentId().toString()));
        for (int i = 1; i < inbox.size(); i++) {
            Instant newer = Instant.parse((String) inbox.get(i - 1).get("createdAt"));
            Instant older = Instant.parse((String) inbox.get(i).get("createdAt"));
            assertFalse(newer.isBefore(older), "newest first");
        }
    }

    @Test
    void reportSubmittedNotifiesTheIssuerAndConfirmsToTheReporter() {
        // agencies are named by their names, documents by kind and number, never by codes
        Plays.named(BAODAKNONG, "Báo Đắk Nông");
        Plays.named(STTTT, "Sở Thông tin và Truyền thông tỉnh Đắk Nông");
        TaskAssigned task = pressTask(BAODAKNONG, AssignmentRole.COOPERATING, LocalDate.of(2020, 6, 20));
        send(task);
        awaitOne(BAODAKNONG, task.assignmentId());
        ReportSubmitted report = pressReport(task.assignmentId());
        send(report);

        Map<String, Object> received = awaitOne(STTTT, report.assignmentId());
        assertEquals("REPORT_SUBMITTED", received.get("kind"));
        assertEquals("Báo Đắk Nông đã gửi báo cáo", received.get("title"));
        assertEquals("Báo cáo theo Kế hoạch số 45/KH-STTTT gửi lúc 16:30 ngày 18/06/2020. Tóm tắt: " + SUMMARY,
                received.get("body"));

        Map<String, Object> sent = org.awaitility.Awaitility.await().atMost(Inboxes.PATIENCE).until(
                () -> about(BAODAKNONG, report.assignmentId()).stream().filter(m -> "REPORT_SUBMITTED".equals(m.get("kind")))
                        .findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertEquals("Đã gửi báo cáo", sent.get("title"));
        assertEquals("Báo cáo của đơn vị đã được gửi đến Sở Thông tin và Truyền thông tỉnh Đắk Nông lúc 16:30 ngày 18/06/2020."
                + " Tóm tắt: " + SUMMARY, sent.get("body"));
        assertEquals(report.planId().toString(), sent.get("planId"));

        assertEquals(1, about(STTTT, report.assignmentId()).size());
        // the assignment's own notification and the report's confirmation
        assertEquals(List.of("REPORT_SUBMITTED", "TASK_ASSIGNED"),
                about(BAODAKNONG, report.assignmentId()).stream().map(m -> (String) m.get("kind")).sorted().toList());
        assertTrue(about(DAIPTTH, report.assignmentId()).isEmpty());
    }

    @Test
    void redeliveredEventsAddNothing() {
        TaskAssigned task = pressTask(BAODAKNONG, AssignmentRole.COOPERATING, LocalDate.of(2020, 6, 20));
        ReportSubmitted report = pressReport();
        send(task);
        send(report);
        awaitOne(BAODAKNONG, task.assignmentId());
        awaitOne(STTTT, report.assignmentId());
        awaitOne(BAODAKNONG, report.assignmentId());

        try (KafkaEvents events = KafkaEvents.reading(Topics.TASK, Topics.REPORT)) {
            KafkaEvents.redeliver(events.await(EventTypes.TASK_ASSIGNED,
                    d -> task.assignmentId().toString().equals(d.path("assignmentId").asText()), PATIENCE));
            KafkaEvents.redeliver(events.await(EventTypes.REPORT_SUBMITTED,
                    d -> report.reportId().toString().equals(d.path("reportId").asText()), PATIENCE));
        }
        // later events with the same keys sit behind the redeliveries in their partitions: once they
        // are notified, the redeliveries have been consumed
        TaskAssigned laterTask = pressTask(BAODAKNONG, AssignmentRole.COOPERATING, LocalDate.of(2020, 12, 20));
        ReportSubmitted laterReport = pressReport();
        send(laterTask);
        send(laterReport);
        awaitOne(BAODAKNONG, laterTask.assignmentId());
        awaitOne(STTTT, laterReport.assignmentId());

        assertEquals(1, about(BAODAKNONG, task.assignmentId()).size());
        assertEquals(1, about(STTTT, report.assignmentId()).size());
        assertEquals(1, about(BAODAKNONG, report.assignmentId()).size());
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndLaterEventsStillArrive() {
        UUID poisonAssignment = UUID.randomUUID();
        UUID poisonId = UUID.randomUUID();
        // breaks the TaskAssigned schema: no plan, task or agency
        KafkaEvents.send(TestEvents.event(Topics.TASK, BAODAKNONG, poisonId, EventTypes.TASK_ASSIGNED, BAODAKNONG,
                "{\"assignmentId\": \"" + poisonAssignment + "\", \"taskTitle\": \"" + PRESS_TASK + "\"}"));
        UUID poisonReport = UUID.randomUUID();
        KafkaEvents.send(TestEvents.event(Topics.REPORT, BAODAKNONG, UUID.randomUUID(), EventTypes.REPORT_SUBMITTED, BAODAKNONG,
                EventJson.write(Map.of("reportId", poisonReport.toString(), "summary", ""))));

        try (KafkaEvents dead = KafkaEvents.reading(DEAD_LETTERS)) {
            ConsumerRecord<String, String> record = dead.await(EventTypes.TASK_ASSIGNED,
                    d -> poisonAssignment.toString().equals(d.path("assignmentId").asText()), PATIENCE);
            assertEquals(poisonId.toString(), KafkaEvents.header(record, CloudEventHeaders.ID));
            assertEquals(BAODAKNONG, record.key());
            dead.await(EventTypes.REPORT_SUBMITTED, d -> poisonReport.toString().equals(d.path("reportId").asText()), PATIENCE);
        }

        TaskAssigned good = pressTask(BAODAKNONG, AssignmentRole.COOPERATING, LocalDate.of(2020, 6, 20));
        ReportSubmitted goodReport = pressReport();
        send(good);
        send(goodReport);
        awaitOne(BAODAKNONG, good.assignmentId());
        awaitOne(STTTT, goodReport.assignmentId());
        assertTrue(about(BAODAKNONG, poisonAssignment).isEmpty());
    }

    @Test
    void badFilterNamesTheFieldAndTokensAreRequired() {
        given().auth().oauth2(officer(BAODAKNONG)).get("/notifications?kind=NHAC_HAN")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("kind"));
        given().get("/notifications").then().statusCode(401);
        given().get("/notifications/{id}", UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(officer(BAODAKNONG)).get("/notifications/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/q/health/ready").then().statusCode(200);
    }
}
