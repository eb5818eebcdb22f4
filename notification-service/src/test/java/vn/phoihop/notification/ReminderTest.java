package vn.phoihop.notification;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.TaskCancelled;
import vn.phoihop.events.TaskRescheduled;
import vn.phoihop.events.TaskTransferred;
import vn.phoihop.events.Topics;
import vn.phoihop.notification.reminder.ReminderDispatcher;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.phoihop.notification.Inboxes.PATIENCE;
import static vn.phoihop.notification.Plays.assignment;
import static vn.phoihop.notification.Plays.at;
import static vn.phoihop.notification.Plays.awaitSchedule;
import static vn.phoihop.notification.Plays.contact;
import static vn.phoihop.notification.Plays.schedule;
import static vn.phoihop.notification.Plays.send;

/**
 * Deadline reminders on Vietnam's working days, around Tết Giáp Thìn 2024 (08–14/02/2024): an assignment
 * due Monday 19/02/2024 is reminded 7, 3 and 1 working days before (01/02, 07/02, 16/02) and on the day,
 * at 08:00, by e-mail (real SMTP) and signed webhook (real HTTP); submitting stops them; a redelivered
 * event or a new dispatcher run sends nothing twice.
 */
@QuarkusTest
class ReminderTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Plays.directory();
    }

    static final String CAT = "DKN.CAT";
    static final String CAT_MAIL = "vanthu.congan@daknong.gov.vn";
    static final String TAPCHI = "DKN.TAPCHINAMNUNG";
    static final String TAPCHI_MAIL = "toasoan.tapchinamnung@daknong.gov.vn";
    static final String TASK = "Công an tỉnh: tuyên truyền, phổ biến pháp luật về phòng, chống mua bán người";
    static final LocalDate AFTER_TET = LocalDate.of(2024, 2, 19);

    @Inject
    ServiceClock clock;

    @Inject
    ReminderDispatcher dispatcher;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void remindersAroundTetLandOnWorkingDaysAtEightByEmailAndWebhook() {
        at(clock, "2024-01-31T09:00:00");
        try (WebhookListener hook = new WebhookListener(Plays.SECRET)) {
            contact(CAT, contact(List.of(CAT_MAIL), hook.url()));
            TaskAssigned task = assignment(CAT, TASK, AFTER_TET, "Quý I/2024");
            send(task);

            awaitSchedule(CAT, task.assignmentId(), List.of(
                    "BEFORE_DEADLINE 2024-02-01 SCHEDULED",   // 7 working days before: Tết 08–14/02 is skipped
                    "BEFORE_DEADLINE 2024-02-07 SCHEDULED",   // 3
                    "BEFORE_DEADLINE 2024-02-16 SCHEDULED",   // 1
                    "DUE_TODAY 2024-02-19 SCHEDULED",
                    "OVERDUE 2024-02-20 SCHEDULED",
                    "ESCALATION 2024-02-22 SCHEDULED"));
            assertEquals("2024-02-01T01:00:00Z", Plays.reminders(CAT, task.assignmentId()).get(0).get("dueAt"));

            String[][] steps = {
                    {"2024-02-01T08:00:30", "Nhắc hạn báo cáo: còn 7 ngày làm việc"},
                    {"2024-02-07T08:00:30", "Nhắc hạn báo cáo: còn 3 ngày làm việc"},
                    {"2024-02-16T08:00:30", "Nhắc hạn báo cáo: còn 1 ngày làm việc"},
                    {"2024-02-19T08:00:30", "Hôm nay là hạn báo cáo"}};
            for (String[] step : steps) {
                at(clock, step[0]);
                Mailbox.Mail mail = Mailbox.awaitMail(CAT_MAIL, m -> m.subject().equals("[Phối hợp] " + step[1]));
                assertTrue(mail.body().contains("Nhiệm vụ “" + TASK + "” theo Kế hoạch số 45/KH-STTTT, kỳ báo cáo Quý I/2024"
                        + " có hạn báo cáo ngày 19/02/2024"), mail.body());
                await().atMost(PATIENCE).until(() -> hook.calls().stream()
                        .anyMatch(c -> step[1].equals(c.body().path("title").asText())));
                Map<String, Object> call = Map.of("call", hook.calls().stream()
                        .filter(c -> step[1].equals(c.body().path("title").asText())).findFirst().orElseThrow());
                WebhookListener.Call c = (WebhookListener.Call) call.get("call");
                assertTrue(c.signatureValid(), "signature " + c.signature() + " over " + c.timestamp());
                assertEquals(task.assignmentId().toString(), c.body().path("assignmentId").asText());
                // made at 08:00 on that day, Vietnam time
                ZonedDateTime made = Instant.parse(c.body().path("createdAt").asText()).atZone(ServiceClock.ZONE);
                assertEquals(step[0].substring(0, 10), made.toLocalDate().toString());
                assertEquals(8, made.getHour());
                if (step[0].startsWith("2024-02-07")) {
                    // in the middle of Tết nothing goes out, even with reminders due
                    at(clock, "2024-02-12T08:00:30");
                    assertEquals(0, dispatcher.dispatchDue());
                }
            }
            List<String> sent = schedule(CAT, task.assignmentId());
            assertEquals(List.of(
                    "BEFORE_DEADLINE 2024-02-01 SENT", "BEFORE_DEADLINE 2024-02-07 SENT", "BEFORE_DEADLINE 2024-02-16 SENT",
                    "DUE_TODAY 2024-02-19 SENT", "OVERDUE 2024-02-20 SCHEDULED", "ESCALATION 2024-02-22 SCHEDULED"), sent);

            try (KafkaEvents events = KafkaEvents.reading(Topics.NOTIFICATION)) {
                events.await(EventTypes.REMINDER_SENT, d -> task.assignmentId().toString().equals(d.path("assignmentId").asText())
                        && "BEFORE_DEADLINE".equals(d.path("kind").asText()) && d.path("workingDaysLeft").asInt() == 7, PATIENCE);
                events.await(EventTypes.NOTIFICATION_DELIVERED, d -> CAT.equals(d.path("agencyCode").asText())
                        && "EMAIL".equals(d.path("channel").asText()) && CAT_MAIL.equals(d.path("recipient").asText()), PATIENCE);
            }

            // the report arrives: nothing more about this assignment, even when its days come
            Plays.submitted(task);
            awaitSchedule(CAT, task.assignmentId(), List.of(
                    "BEFORE_DEADLINE 2024-02-01 SENT", "BEFORE_DEADLINE 2024-02-07 SENT", "BEFORE_DEADLINE 2024-02-16 SENT",
                    "DUE_TODAY 2024-02-19 SENT"));
            at(clock, "2024-02-22T08:00:30");
            dispatcher.dispatchDue();
            assertEquals(0, Mailbox.count(CAT_MAIL, m -> m.subject().contains("Quá hạn") || m.subject().contains("Đôn đốc")));
            assertEquals(4, Mailbox.count(CAT_MAIL, m -> m.subject().startsWith("[Phối hợp] Nhắc hạn")
                    || m.subject().equals("[Phối hợp] Hôm nay là hạn báo cáo")));
        }
    }

    @Test
    void redeliveredEventsAndNewDispatcherRunsSendNothingTwiceAndAReturnedReportRestartsReminders() {
        at(clock, "2024-02-15T09:00:00");
        contact(TAPCHI, contact(List.of(TAPCHI_MAIL), null));
        TaskAssigned task = assignment(TAPCHI, "Tạp chí Năm Nung: chuyên mục phòng, chống mua bán người", AFTER_TET, "Quý I/2024");
        send(task);
        awaitSchedule(TAPCHI, task.assignmentId(), List.of(
                "BEFORE_DEADLINE 2024-02-16 SCHEDULED", "DUE_TODAY 2024-02-19 SCHEDULED",
                "OVERDUE 2024-02-20 SCHEDULED", "ESCALATION 2024-02-22 SCHEDULED"));

        at(clock, "2024-02-16T08:00:30");
        Mailbox.awaitMail(TAPCHI_MAIL, m -> m.subject().equals("[Phối hợp] Nhắc hạn báo cáo: còn 1 ngày làm việc"));

        try (KafkaEvents events = KafkaEvents.reading(Topics.TASK, Topics.NOTIFICATION)) {
            KafkaEvents.redeliver(events.await(EventTypes.TASK_ASSIGNED,
                    d -> task.assignmentId().toString().equals(d.path("assignmentId").asText()), PATIENCE));
            // a later event with the same key sits behind the redelivery: once it is applied, so is the redelivery
            TaskAssigned later = assignment(TAPCHI, "Tạp chí Năm Nung: bài viết chuyên đề", null, null);
            send(later);
            Inboxes.awaitOne(TAPCHI, later.assignmentId());
            // an undated assignment (báo cáo khi có yêu cầu) has no reminders yet: an empty schedule, not 404
            assertEquals(List.of(), schedule(TAPCHI, later.assignmentId()));
            // a restarted (or second) dispatcher runs again at the same moment
            dispatcher.dispatchDue();
            dispatcher.dispatchDue();

            assertEquals(List.of("BEFORE_DEADLINE 2024-02-16 SENT", "DUE_TODAY 2024-02-19 SCHEDULED",
                    "OVERDUE 2024-02-20 SCHEDULED", "ESCALATION 2024-02-22 SCHEDULED"), schedule(TAPCHI, task.assignmentId()));
            assertEquals(1, Mailbox.count(TAPCHI_MAIL, m -> m.subject().startsWith("[Phối hợp] Nhắc hạn")));
            long reminderEvents = events.all(EventTypes.REMINDER_SENT, Duration.ofSeconds(3)).stream()
                    .filter(r -> task.assignmentId().toString().equals(KafkaEvents.data(r).path("assignmentId").asText()))
                    .count();
            assertEquals(1, reminderEvents);
        }

        Plays.submitted(task);
        awaitSchedule(TAPCHI, task.assignmentId(), List.of("BEFORE_DEADLINE 2024-02-16 SENT"));

        // returned for revision on the deadline day, after 08:00: overdue notices from the next working day
        at(clock, "2024-02-19T10:00:00");
        Plays.returned(task);
        awaitSchedule(TAPCHI, task.assignmentId(), List.of("BEFORE_DEADLINE 2024-02-16 SENT",
                "OVERDUE 2024-02-20 SCHEDULED", "ESCALATION 2024-02-22 SCHEDULED"));
        at(clock, "2024-02-20T08:00:30");
        Mailbox.Mail overdue = Mailbox.awaitMail(TAPCHI_MAIL, m -> m.subject().equals("[Phối hợp] Quá hạn báo cáo 1 ngày làm việc"));
        assertTrue(overdue.body().contains("đã quá hạn báo cáo (hạn ngày 19/02/2024) 1 ngày làm việc"), overdue.body());
    }

    @Test
    void theMostSpecificPolicyWins() {
        String dakMil = "DKN.DAKMIL.PVHTT";
        at(clock, "2024-02-26T09:00:00");
        TaskAssigned task = assignment(dakMil, "Phòng VH-TT huyện Đắk Mil: tuyên truyền trên hệ thống truyền thanh cơ sở",
                LocalDate.of(2024, 3, 15), "Quý I/2024");
        send(task);
        awaitSchedule(dakMil, task.assignmentId(), List.of(
                "BEFORE_DEADLINE 2024-03-06 SCHEDULED", "BEFORE_DEADLINE 2024-03-12 SCHEDULED",
                "BEFORE_DEADLINE 2024-03-14 SCHEDULED", "DUE_TODAY 2024-03-15 SCHEDULED",
                "OVERDUE 2024-03-18 SCHEDULED", "ESCALATION 2024-03-20 SCHEDULED"));

        // the agency's own policy: 2 working days before, no escalation
        given().auth().oauth2(DevTokens.issue(dakMil, "officer")).contentType("application/json")
                .body(Map.of("daysBefore", List.of(2), "onDueDay", true, "overdueDaily", true, "escalateAfterWorkingDays", 0))
                .put("/reminder-policies/AGENCY/{code}", dakMil).then().statusCode(200);
        awaitSchedule(dakMil, task.assignmentId(), List.of(
                "BEFORE_DEADLINE 2024-03-13 SCHEDULED", "DUE_TODAY 2024-03-15 SCHEDULED", "OVERDUE 2024-03-18 SCHEDULED"));

        // the plan's policy, set by the issuer's coordinator, is more specific
        given().auth().oauth2(DevTokens.issue(Plays.STTTT, "coordinator")).contentType("application/json")
                .body(Map.of("daysBefore", List.of(5), "onDueDay", false, "overdueDaily", false, "escalateAfterWorkingDays", 1))
                .put("/reminder-policies/PLAN/{id}", task.planId()).then().statusCode(200)
                .body("daysBefore", org.hamcrest.Matchers.equalTo(List.of(5)));
        awaitSchedule(dakMil, task.assignmentId(), List.of(
                "BEFORE_DEADLINE 2024-03-08 SCHEDULED", "ESCALATION 2024-03-18 SCHEDULED"));

        // the assignee may not set its issuer's plan policy; bad input names the field
        given().auth().oauth2(DevTokens.issue(dakMil, "coordinator")).contentType("application/json")
                .body(Map.of("daysBefore", List.of(1), "onDueDay", true, "overdueDaily", true, "escalateAfterWorkingDays", 1))
                .put("/reminder-policies/PLAN/{id}", task.planId()).then().statusCode(404);
        given().auth().oauth2(DevTokens.issue(dakMil, "officer")).contentType("application/json")
                .body(Map.of("daysBefore", List.of(0), "onDueDay", true, "overdueDaily", true, "escalateAfterWorkingDays", 1))
                .put("/reminder-policies/AGENCY/{code}", dakMil).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(DevTokens.issue(dakMil, "officer"))
                .get("/reminder-policies/AGENCY/{code}", dakMil).then().statusCode(200)
                .body("daysBefore", org.hamcrest.Matchers.equalTo(List.of(2)));
    }

    @Test
    void anObligationPolicyBindsOnlyTheAssignmentsOfTheIssuerThatSetIt() {
        at(clock, "2024-02-26T09:00:00");
        // two issuers whose obligations carry the same id (one copied the other's)
        UUID shared = UUID.randomUUID();
        String culture = "DKN.SVHTTDL";
        TaskAssigned victim = new TaskAssigned(UUID.randomUUID(), UUID.randomUUID(), Plays.PLAN_NUMBER, Plays.STTTT,
                UUID.randomUUID(), "Huyện Krông Nô: tuyên truyền phòng, chống mua bán người", "DKN.KRONGNO.PVHTT",
                AssignmentRole.LEAD, LocalDate.of(2024, 3, 15), shared, "2024-Q1", "Quý I/2024",
                LocalDate.of(2023, 12, 15), LocalDate.of(2024, 3, 14), Plays.STTTT, "DKN.KRONGNO.PVHTT", List.of());
        TaskAssigned copier = new TaskAssigned(UUID.randomUUID(), UUID.randomUUID(), "12/KH-SVHTTDL", culture,
                UUID.randomUUID(), "Huyện Tuy Đức: tổ chức ngày hội văn hóa", "DKN.TUYDUC.PVHTT",
                AssignmentRole.LEAD, LocalDate.of(2024, 3, 15), shared, "2024-Q1", "Quý I/2024",
                LocalDate.of(2023, 12, 15), LocalDate.of(2024, 3, 14), culture, "DKN.TUYDUC.PVHTT", List.of());
        send(victim);
        send(copier);
        List<String> defaults = List.of(
                "BEFORE_DEADLINE 2024-03-06 SCHEDULED", "BEFORE_DEADLINE 2024-03-12 SCHEDULED",
                "BEFORE_DEADLINE 2024-03-14 SCHEDULED", "DUE_TODAY 2024-03-15 SCHEDULED",
                "OVERDUE 2024-03-18 SCHEDULED", "ESCALATION 2024-03-20 SCHEDULED");
        awaitSchedule("DKN.KRONGNO.PVHTT", victim.assignmentId(), defaults);
        awaitSchedule("DKN.TUYDUC.PVHTT", copier.assignmentId(), defaults);

        given().auth().oauth2(DevTokens.issue(culture, "coordinator")).contentType("application/json")
                .body(Map.of("daysBefore", List.of(1), "onDueDay", false, "overdueDaily", false, "escalateAfterWorkingDays", 0))
                .put("/reminder-policies/OBLIGATION/{id}", shared).then().statusCode(200);
        awaitSchedule("DKN.TUYDUC.PVHTT", copier.assignmentId(), List.of("BEFORE_DEADLINE 2024-03-14 SCHEDULED"));
        // the other issuer's assignment keeps its reminders
        assertEquals(defaults, schedule("DKN.KRONGNO.PVHTT", victim.assignmentId()));
        given().auth().oauth2(DevTokens.issue(Plays.STTTT, "coordinator"))
                .get("/reminder-policies/OBLIGATION/{id}", shared).then().statusCode(404);
    }

    @Test
    void rescheduledTransferredAndCancelledAssignmentsMoveOrStopTheirReminders() {
        String dakSong = "DKN.DAKSONG.PVHTT";
        String successor = "DKN.DAKSONG.UBND";
        at(clock, "2024-02-26T09:00:00");
        TaskAssigned task = assignment(dakSong, "Huyện Đắk Song: tuyên truyền phòng, chống mua bán người", LocalDate.of(2024, 3, 15), "Quý I/2024");
        send(task);
        awaitSchedule(dakSong, task.assignmentId(), List.of(
                "BEFORE_DEADLINE 2024-03-06 SCHEDULED", "BEFORE_DEADLINE 2024-03-12 SCHEDULED",
                "BEFORE_DEADLINE 2024-03-14 SCHEDULED", "DUE_TODAY 2024-03-15 SCHEDULED",
                "OVERDUE 2024-03-18 SCHEDULED", "ESCALATION 2024-03-20 SCHEDULED"));

        // the plan was amended: the deadline moves two weeks
        KafkaEvents.send(TestEvents.event(Topics.TASK, dakSong, EventTypes.TASK_RESCHEDULED, dakSong,
                new TaskRescheduled(task.assignmentId(), task.planId(), dakSong, Plays.STTTT, task.deadline(),
                        LocalDate.of(2024, 3, 29), Instant.now())));
        awaitSchedule(dakSong, task.assignmentId(), List.of(
                "BEFORE_DEADLINE 2024-03-20 SCHEDULED", "BEFORE_DEADLINE 2024-03-26 SCHEDULED",
                "BEFORE_DEADLINE 2024-03-28 SCHEDULED", "DUE_TODAY 2024-03-29 SCHEDULED",
                "OVERDUE 2024-04-01 SCHEDULED", "ESCALATION 2024-04-03 SCHEDULED"));

        // a reorganisation moves the assignment to the successor agency, and the reminders with it
        KafkaEvents.send(TestEvents.event(Topics.TASK, successor, EventTypes.TASK_TRANSFERRED, successor,
                new TaskTransferred(task.assignmentId(), task.planId(), dakSong, successor, Plays.STTTT,
                        LocalDate.of(2024, 3, 1), Instant.now())));
        await().atMost(PATIENCE).until(() -> !Plays.reminders(successor, task.assignmentId()).isEmpty());
        given().auth().oauth2(DevTokens.issue(dakSong, "officer")).get("/assignments/{id}/reminders", task.assignmentId())
                .then().statusCode(404);
        at(clock, "2024-03-20T08:00:30");
        await().atMost(PATIENCE).until(() -> Inboxes.about(successor, task.assignmentId()).stream()
                .anyMatch(n -> "REMINDER".equals(n.get("kind"))));
        assertTrue(Inboxes.about(dakSong, task.assignmentId()).stream().noneMatch(n -> "REMINDER".equals(n.get("kind"))));

        // the plan was revoked: nothing more
        KafkaEvents.send(TestEvents.event(Topics.TASK, successor, EventTypes.TASK_CANCELLED, successor,
                new TaskCancelled(task.assignmentId(), task.planId(), successor, Plays.STTTT, "PLAN_REVOKED", Instant.now())));
        awaitSchedule(successor, task.assignmentId(), List.of("BEFORE_DEADLINE 2024-03-20 SENT"));
    }
}
