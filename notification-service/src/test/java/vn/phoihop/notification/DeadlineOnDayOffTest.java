package vn.phoihop.notification;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.CalendarChanged;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.phoihop.notification.Plays.assignment;
import static vn.phoihop.notification.Plays.at;
import static vn.phoihop.notification.Plays.awaitSchedule;
import static vn.phoihop.notification.Plays.contact;
import static vn.phoihop.notification.Plays.send;

/**
 * A deadline written on a day off ends at the end of the next working day (Civil Code art. 148(5)): reminders
 * still go out on working days before the written date, the due-day reminder, overdue notices and escalation count
 * from the real last day. A corrected calendar year replans reminders.
 */
@QuarkusTest
class DeadlineOnDayOffTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Plays.directory();
    }

    static final String BAO = "DKN.BAODAKNONG";
    static final String BAO_MAIL = "toasoan.baodaknong@daknong.gov.vn";
    static final String DAI = "DKN.DAIPTTH";

    @Inject
    ServiceClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSundayDeadlineIsRemindedBeforeAndEndsOnMonday() {
        at(clock, "2026-02-23T09:00:00");
        contact(BAO, contact(List.of(BAO_MAIL), null));
        // Sunday 01/03/2026; the last working day before it is Friday 27/02 (Tết Bính Ngọ 16–20/02 is skipped)
        TaskAssigned task = assignment(BAO, "Báo Đắk Nông: chuyên mục phòng, chống mua bán người", LocalDate.of(2026, 3, 1),
                "Quý I/2026");
        send(task);
        awaitSchedule(BAO, task.assignmentId(), List.of(
                "BEFORE_DEADLINE 2026-02-24 SCHEDULED",  // 3 working days before Friday 27/02
                "BEFORE_DEADLINE 2026-02-26 SCHEDULED",  // 1
                "DUE_TODAY 2026-03-02 SCHEDULED",        // the period ends on Monday 02/03
                "OVERDUE 2026-03-03 SCHEDULED",
                "ESCALATION 2026-03-05 SCHEDULED"));      // 3 working days after Monday
        at(clock, "2026-03-02T08:00:30");
        Mailbox.Mail mail = Mailbox.awaitMail(BAO_MAIL, m -> m.subject().equals("[Phối hợp] Hôm nay là hạn báo cáo"));
        assertTrue(mail.body().contains("có hạn báo cáo ngày 01/03/2026 (ngày nghỉ; theo khoản 5 Điều 148 Bộ luật Dân sự,"
                + " thời hạn kết thúc vào cuối ngày 02/03/2026)"), mail.body());
        at(clock, "2026-03-03T08:00:30");
        Mailbox.Mail overdue = Mailbox.awaitMail(BAO_MAIL, m -> m.subject().startsWith("[Phối hợp] Quá hạn báo cáo"));
        assertTrue(overdue.subject().endsWith("Quá hạn báo cáo 1 ngày làm việc"), overdue.subject());
    }

    @Test
    void aCorrectedYearReplansReminders() {
        at(clock, "2029-02-26T09:00:00");
        TaskAssigned task = assignment(DAI, "Đài PT-TH tỉnh: phóng sự phòng, chống mua bán người", LocalDate.of(2029, 3, 8),
                "Quý I/2029");
        send(task);
        awaitSchedule(DAI, task.assignmentId(), List.of(
                "BEFORE_DEADLINE 2029-02-27 SCHEDULED", "BEFORE_DEADLINE 2029-03-05 SCHEDULED",
                "BEFORE_DEADLINE 2029-03-07 SCHEDULED", "DUE_TODAY 2029-03-08 SCHEDULED", "OVERDUE 2029-03-09 SCHEDULED",
                "ESCALATION 2029-03-13 SCHEDULED"));
        // a (hypothetical) decision makes Wednesday 07/03/2029 a day off
        CalendarChanged decision = new CalendarChanged(2029, "OFFICIAL",
                List.of(new CalendarChanged.Source("99/QĐ-TTg", LocalDate.of(2028, 11, 20), "Thủ tướng Chính phủ",
                        "Quyết định về lịch nghỉ lễ, Tết năm 2029")),
                List.of(new CalendarChanged.Day(LocalDate.of(2029, 1, 1), "HOLIDAY", "Tết Dương lịch", null),
                        new CalendarChanged.Day(LocalDate.of(2029, 3, 7), "HOLIDAY", "Nghỉ theo quyết định", "99/QĐ-TTg")),
                1, Instant.parse("2028-11-21T02:00:00Z"), "DKN.UBND");
        KafkaEvents.send(TestEvents.event(Topics.AGENCY, "calendar-2029", EventTypes.CALENDAR_CHANGED, null, decision));
        // 7 working days before is now Monday 26/02, already past at 09:00
        awaitSchedule(DAI, task.assignmentId(), List.of(
                "BEFORE_DEADLINE 2029-03-02 SCHEDULED", "BEFORE_DEADLINE 2029-03-06 SCHEDULED",
                "DUE_TODAY 2029-03-08 SCHEDULED", "OVERDUE 2029-03-09 SCHEDULED", "ESCALATION 2029-03-13 SCHEDULED"));
    }

    @Test
    void anUndatedAssignmentHasAnEmptyScheduleNotA404() {
        // "báo cáo khi có yêu cầu": no date until somebody asks
        TaskAssigned undated = assignment(BAO, "Báo Đắk Nông: báo cáo khi có yêu cầu", null, "Khi có yêu cầu");
        send(undated);
        String officer = vn.phoihop.testing.DevTokens.issue(BAO, "officer");
        org.awaitility.Awaitility.await().atMost(Inboxes.PATIENCE).until(() -> io.restassured.RestAssured.given()
                .auth().oauth2(officer).get("/assignments/{id}/reminders", undated.assignmentId()).statusCode() == 200);
        io.restassured.RestAssured.given().auth().oauth2(officer).get("/assignments/{id}/reminders", undated.assignmentId())
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
        // another agency still gets 404
        io.restassured.RestAssured.given().auth().oauth2(vn.phoihop.testing.DevTokens.issue(DAI, "officer"))
                .get("/assignments/{id}/reminders", undated.assignmentId()).then().statusCode(404);
    }
}
