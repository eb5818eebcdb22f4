package vn.phoihop.task;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.CalendarChanged;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.ObligationKind;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.phoihop.task.DienBienAssignmentTest.WAIT;

/**
 * Deadlines on days off end on the next working day (Civil Code art. 148(5)), and a corrected year of the working
 * calendar re-dates the open assignments reckoned in working days.
 */
@QuarkusTest
class CalendarRedatingTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Directory.dakNong();
    }

    static final String STTTT = "DKN.STTTT";
    static final String DAIPTTH = "DKN.DAIPTTH";
    static final String BAODAKNONG = "DKN.BAODAKNONG";
    static final String COORDINATOR = DevTokens.issue(STTTT, "coordinator");

    @Inject
    ServiceClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A letter asking the station (lead) and the newspaper (3 working days ahead) for one report by {@code deadline}. */
    static PlanIssued letter(LocalDate issuedOn, LocalDate deadline) {
        PlanIssued.Obligation once = new PlanIssued.Obligation(UUID.randomUUID(), ObligationKind.ONCE,
                "Báo cáo kết quả tuyên truyền", deadline, issuedOn, deadline.minusDays(5), null, null, null,
                STTTT, STTTT, null, 3, List.of());
        return new PlanIssued(UUID.randomUUID(), "12/STTTT-BCXB", STTTT,
                "Tăng cường tuyên truyền phòng, chống mua bán người dịp Tết Nguyên đán", issuedOn,
                List.of(new PlanIssued.Task(UUID.randomUUID(), "Các cơ quan báo chí trên địa bàn tỉnh",
                        "Tuyên truyền và báo cáo kết quả", DAIPTTH, List.of(BAODAKNONG), deadline, List.of(once))));
    }

    static Map<String, Object> awaitAssignment(UUID planId, String agency) {
        await().atMost(WAIT).until(() -> {
            io.restassured.response.Response r = given().auth().oauth2(COORDINATOR).get("/plans/{id}/assignments", planId);
            return r.statusCode() == 200 && r.jsonPath().getList("findAll { it.agencyCode == '" + agency + "' }").size() == 1;
        });
        return given().auth().oauth2(COORDINATOR).get("/plans/{id}/assignments", planId).jsonPath()
                .getMap("find { it.agencyCode == '" + agency + "' }");
    }

    @Test
    void aDeadlineInTetEndsOnTheFirstWorkingDayAfterIt() {
        // "báo cáo trước ngày 17/02/2026": mùng 1 Tết Bính Ngọ; Tết 16–20/02, weekend 21–22/02
        clock.set(Clock.fixed(OffsetDateTime.parse("2026-02-23T10:00:00+07:00").toInstant(), ServiceClock.ZONE));
        PlanIssued plan = letter(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 17));
        KafkaEvents.send(TestEvents.event(Topics.PLAN, plan.planId().toString(), EventTypes.PLAN_ISSUED, null, plan));
        Map<String, Object> lead = awaitAssignment(plan.planId(), DAIPTTH);
        assertEquals("2026-02-17", lead.get("deadline"));
        assertEquals("2026-02-23T17:00:00Z", lead.get("dueAt"));
        assertEquals("NOT_YET_DUE", lead.get("bucket"));
        String officer = DevTokens.issue(DAIPTTH, "officer");
        given().auth().oauth2(officer).queryParam("bucket", "OVERDUE").queryParam("plan", plan.planId())
                .get("/inbox").then().statusCode(200).header("X-Total-Count", "0");
        // the newspaper reports to the station 3 working days before the written date: Fri 13, Thu 12, Wed 11/02
        assertEquals("2026-02-11", awaitAssignment(plan.planId(), BAODAKNONG).get("deadline"));

        clock.set(Clock.fixed(Instant.parse("2026-02-23T17:00:01Z"), ServiceClock.ZONE));
        given().auth().oauth2(officer).queryParam("bucket", "OVERDUE").queryParam("plan", plan.planId())
                .get("/inbox").then().statusCode(200).header("X-Total-Count", "1");
    }

    @Test
    void aCorrectedYearReDatesTheCooperatingDeadlinesAndTheirDueInstants() {
        clock.set(Clock.fixed(OffsetDateTime.parse("2029-01-08T09:00:00+07:00").toInstant(), ServiceClock.ZONE));
        // 2029 is derived: Tết Kỷ Dậu Mon 12 – Fri 16/02. Lead due Thu 22/02, the newspaper 3 working days ahead: Mon 19/02
        PlanIssued plan = letter(LocalDate.of(2029, 1, 5), LocalDate.of(2029, 2, 22));
        PlanIssued sunday = letter(LocalDate.of(2029, 1, 5), LocalDate.of(2029, 3, 4));
        KafkaEvents.send(TestEvents.event(Topics.PLAN, plan.planId().toString(), EventTypes.PLAN_ISSUED, null, plan));
        KafkaEvents.send(TestEvents.event(Topics.PLAN, sunday.planId().toString(), EventTypes.PLAN_ISSUED, null, sunday));
        Map<String, Object> paper = awaitAssignment(plan.planId(), BAODAKNONG);
        assertEquals("2029-02-19", paper.get("deadline"));
        String paperId = (String) paper.get("id");
        Map<String, Object> sundayLead = awaitAssignment(sunday.planId(), DAIPTTH);
        assertEquals("2029-03-05T17:00:00Z", sundayLead.get("dueAt")); // Sunday 04/03 ends on Monday 05/03

        // the Government's decision adds Monday 19/02 to Tết and Monday 05/03 as a day off (hypothetical figures)
        CalendarChanged decision = new CalendarChanged(2029, "OFFICIAL",
                List.of(new CalendarChanged.Source("99/QĐ-TTg", LocalDate.of(2028, 11, 20), "Thủ tướng Chính phủ",
                        "Quyết định về lịch nghỉ lễ, Tết năm 2029")),
                List.of(new CalendarChanged.Day(LocalDate.of(2029, 1, 1), "HOLIDAY", "Tết Dương lịch", null),
                        new CalendarChanged.Day(LocalDate.of(2029, 2, 12), "HOLIDAY", "Tết Nguyên đán Kỷ Dậu", null),
                        new CalendarChanged.Day(LocalDate.of(2029, 2, 13), "HOLIDAY", "Tết Nguyên đán Kỷ Dậu", null),
                        new CalendarChanged.Day(LocalDate.of(2029, 2, 14), "HOLIDAY", "Tết Nguyên đán Kỷ Dậu", null),
                        new CalendarChanged.Day(LocalDate.of(2029, 2, 15), "HOLIDAY", "Tết Nguyên đán Kỷ Dậu", null),
                        new CalendarChanged.Day(LocalDate.of(2029, 2, 16), "HOLIDAY", "Tết Nguyên đán Kỷ Dậu", null),
                        new CalendarChanged.Day(LocalDate.of(2029, 2, 19), "HOLIDAY", "Nghỉ thêm Tết Nguyên đán", "99/QĐ-TTg"),
                        new CalendarChanged.Day(LocalDate.of(2029, 3, 5), "HOLIDAY", "Nghỉ thêm", "99/QĐ-TTg"),
                        new CalendarChanged.Day(LocalDate.of(2029, 4, 23), "HOLIDAY", "Giỗ Tổ Hùng Vương", null),
                        new CalendarChanged.Day(LocalDate.of(2029, 4, 30), "HOLIDAY", "Ngày Chiến thắng 30/4", null),
                        new CalendarChanged.Day(LocalDate.of(2029, 5, 1), "HOLIDAY", "Ngày Quốc tế Lao động", null),
                        new CalendarChanged.Day(LocalDate.of(2029, 9, 2), "HOLIDAY", "Quốc khánh", null),
                        new CalendarChanged.Day(LocalDate.of(2029, 9, 3), "HOLIDAY", "Quốc khánh (ngày liền kề)", null),
                        new CalendarChanged.Day(LocalDate.of(2029, 9, 4), "HOLIDAY", "Nghỉ bù Quốc khánh", null)),
                1, Instant.parse("2028-11-21T02:00:00Z"), "DKN.UBND");
        assertEquals(List.of(), EventSchemas.problems(EventTypes.CALENDAR_CHANGED, vn.phoihop.events.EventJson.tree(decision)));
        try (KafkaEvents events = KafkaEvents.reading(Topics.TASK)) {
            KafkaEvents.send(TestEvents.event(Topics.AGENCY, "calendar-2029", EventTypes.CALENDAR_CHANGED, null, decision));
            // Wed 21, Tue 20, then Fri 09/02 (19/02 and Tết off)
            ConsumerRecord<String, String> moved = events.await(EventTypes.TASK_RESCHEDULED,
                    d -> paperId.equals(d.path("assignmentId").asText()), WAIT);
            assertEquals(BAODAKNONG, moved.key());
            assertEquals("2029-02-19", KafkaEvents.data(moved).path("from").asText());
            assertEquals("2029-02-09", KafkaEvents.data(moved).path("to").asText());
        }
        String paperOfficer = DevTokens.issue(BAODAKNONG, "officer");
        given().auth().oauth2(paperOfficer).get("/assignments/{id}", paperId).then().statusCode(200)
                .body("deadline", equalTo("2029-02-09")).body("dueAt", equalTo("2029-02-09T17:00:00Z"));
        // the lead's own date stays as written; the Sunday deadline now ends on Tuesday 06/03
        assertEquals("2029-02-22", awaitAssignment(plan.planId(), DAIPTTH).get("deadline"));
        await().atMost(WAIT).until(() -> "2029-03-06T17:00:00Z".equals(awaitAssignment(sunday.planId(), DAIPTTH).get("dueAt")));

    }
}
