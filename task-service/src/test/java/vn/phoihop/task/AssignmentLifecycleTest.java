package vn.phoihop.task;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.AgencyChange;
import vn.phoihop.events.AgencyChanged;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.ReportAccepted;
import vn.phoihop.events.ReportReturned;
import vn.phoihop.events.ReportRevised;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.phoihop.task.DienBienAssignmentTest.WAIT;
import static vn.phoihop.task.DienBienAssignmentTest.awaitPlan;
import static vn.phoihop.task.DienBienAssignmentTest.find;
import static vn.phoihop.task.DienBienAssignmentTest.send;

/** Report events moving the status, overdue detection on a set clock, and transfer on reorganisation. */
@QuarkusTest
class AssignmentLifecycleTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Directory.dakNong();
    }

    @Inject
    ServiceClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static String status(String token, String id) {
        return given().auth().oauth2(token).get("/assignments/{id}", id).jsonPath().getString("status");
    }

    @Test
    void reportEventsMoveTheAssignmentThroughReturnRevisionAndAcceptance() {
        PlanIssued plan = PressPlan.issued();
        PressPlan.send(plan);
        String station = PressPlan.awaitAssignmentOf(plan.planId(), PressPlan.DAIPTTH);
        String stationOfficer = DevTokens.issue(PressPlan.DAIPTTH, "officer");
        UUID report = UUID.randomUUID();
        UUID id = UUID.fromString(station);

        given().auth().oauth2(stationOfficer).post("/assignments/{id}/start", station).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        DienBienAssignmentTest.report(PressPlan.DAIPTTH, Map.of("id", station, "issuerCode", PressPlan.STTTT,
                "periodLabel", "Quý II/2020"), plan.planId(), Instant.parse("2020-06-19T03:00:00Z"));
        await().atMost(WAIT).until(() -> "SUBMITTED".equals(status(stationOfficer, station)));
        KafkaEvents.send(TestEvents.event(Topics.REPORT, PressPlan.DAIPTTH, EventTypes.REPORT_RETURNED, PressPlan.DAIPTTH,
                new ReportReturned(report, id, plan.planId(), PressPlan.DAIPTTH, PressPlan.STTTT, 1, PressPlan.STTTT,
                        "Thiếu số liệu phóng sự tháng 5, đề nghị bổ sung", Instant.parse("2020-06-22T02:00:00Z"))));
        await().atMost(WAIT).until(() -> "RETURNED".equals(status(stationOfficer, station)));
        given().auth().oauth2(stationOfficer).get("/assignments/{id}", station).then()
                .body("returnedComment", equalTo("Thiếu số liệu phóng sự tháng 5, đề nghị bổ sung"))
                .body("bucket", equalTo("OVERDUE")); // returned is not done, and 20/06/2020 has passed
        KafkaEvents.send(TestEvents.event(Topics.REPORT, PressPlan.DAIPTTH, EventTypes.REPORT_REVISED, PressPlan.DAIPTTH,
                new ReportRevised(report, id, plan.planId(), PressPlan.DAIPTTH, PressPlan.STTTT, 2, "Đã bổ sung",
                        Map.of(), true, Instant.parse("2020-06-23T02:00:00Z"))));
        await().atMost(WAIT).until(() -> "SUBMITTED".equals(status(stationOfficer, station)));
        KafkaEvents.send(TestEvents.event(Topics.REPORT, PressPlan.DAIPTTH, EventTypes.REPORT_ACCEPTED, PressPlan.DAIPTTH,
                new ReportAccepted(report, id, plan.planId(), PressPlan.DAIPTTH, PressPlan.STTTT, 2, PressPlan.STTTT,
                        "Đạt yêu cầu", Instant.parse("2020-06-24T02:00:00Z"))));
        await().atMost(WAIT).until(() -> "ACCEPTED".equals(status(stationOfficer, station)));
        given().auth().oauth2(stationOfficer).get("/assignments/{id}", station).then()
                .body("bucket", equalTo("DONE_ON_TIME")) // the first submission, 19/06, was on time
                .body("submittedAt", equalTo("2020-06-23T02:00:00Z"))
                .body("firstSubmittedAt", equalTo("2020-06-19T03:00:00Z"));

        try (KafkaEvents events = KafkaEvents.reading(Topics.TASK)) {
            List<String> moves = List.of("ASSIGNED>IN_PROGRESS", "IN_PROGRESS>SUBMITTED", "SUBMITTED>RETURNED",
                    "RETURNED>SUBMITTED", "SUBMITTED>ACCEPTED");
            for (String move : moves) {
                ConsumerRecord<String, String> r = events.await(EventTypes.TASK_STATUS_CHANGED, d -> station.equals(d.path("assignmentId").asText())
                        && move.equals(d.path("from").asText() + ">" + d.path("to").asText()), WAIT);
                assertEquals(PressPlan.DAIPTTH, r.key());
                assertEquals(List.of(), EventSchemas.problems(EventTypes.TASK_STATUS_CHANGED, KafkaEvents.data(r)));
            }
        }
        given().auth().oauth2(stationOfficer).get("/assignments/{id}/history", station).then().statusCode(200)
                // the overdue detector may add its own line at any point: 20/06/2020 is long past
                .body("findAll { it.what != 'OVERDUE' }.toStatus", equalTo(List.of("ASSIGNED", "IN_PROGRESS",
                        "SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED")))
                .body("find { it.toStatus == 'RETURNED' }.note", equalTo("Thiếu số liệu phóng sự tháng 5, đề nghị bổ sung"));
        given().auth().oauth2(stationOfficer).post("/assignments/{id}/start", station).then().statusCode(409);
    }

    @Test
    void anAssignmentBecomesOverdueOnceWhenItsDeadlineDayHasEndedAndASundayDeadlineEndsOnMonday() {
        // Sunday 20/03/2022, 10:00 in Hà Nội: the lead's Quý I/2022 report is due today, Sở Y tế's was due on 16/03
        clock.set(Clock.fixed(OffsetDateTime.parse("2022-03-20T10:00:00+07:00").toInstant(), ServiceClock.ZONE));
        DienBienPlan p = new DienBienPlan();
        send(p.planId, EventTypes.PLAN_ISSUED, p.issued());
        List<Map<String, Object>> all = awaitPlan(p, 180);
        String lead = (String) find(all, p.sldtbxh, "2022-Q1", p.task1).get("id");
        String health = (String) find(all, p.syt, "2022-Q1", p.task1).get("id");
        String leadOfficer = DevTokens.issue(p.sldtbxh, "officer");

        try (KafkaEvents events = KafkaEvents.reading(Topics.TASK)) {
            ConsumerRecord<String, String> overdue = events.await(EventTypes.TASK_OVERDUE,
                    d -> health.equals(d.path("assignmentId").asText()), WAIT);
            assertEquals(p.syt, overdue.key());
            assertEquals(List.of(), EventSchemas.problems(EventTypes.TASK_OVERDUE, KafkaEvents.data(overdue)));
            assertEquals("2022-03-16", KafkaEvents.data(overdue).path("deadline").asText());
            // the lead's deadline day is not over yet
            given().auth().oauth2(leadOfficer).get("/assignments/{id}", lead).then()
                    .body("overdueAt", nullValue()).body("bucket", equalTo("NOT_YET_DUE"));

            // the deadline is a Sunday: by the Civil Code art. 148(5) it ends at the end of Monday 21/03
            given().auth().oauth2(leadOfficer).get("/assignments/{id}", lead).then()
                    .body("deadline", equalTo("2022-03-20")).body("dueAt", equalTo("2022-03-21T17:00:00Z"));
            clock.set(Clock.fixed(Instant.parse("2022-03-20T17:00:01Z"), ServiceClock.ZONE));
            given().auth().oauth2(leadOfficer).get("/assignments/{id}", lead).then()
                    .body("overdueAt", nullValue()).body("bucket", equalTo("NOT_YET_DUE"));
            // one second past midnight in Hà Nội after that Monday (17:00:01 UTC on the 21st)
            clock.set(Clock.fixed(Instant.parse("2022-03-21T17:00:01Z"), ServiceClock.ZONE));
            ConsumerRecord<String, String> leadOverdue = events.await(EventTypes.TASK_OVERDUE,
                    d -> lead.equals(d.path("assignmentId").asText()), WAIT);
            assertEquals(p.sldtbxh, leadOverdue.key());
            given().auth().oauth2(leadOfficer).get("/assignments/{id}", lead).then()
                    .body("overdueAt", equalTo("2022-03-21T17:00:01Z")).body("bucket", equalTo("OVERDUE"));
            // exactly once, however many ticks pass
            long times = events.all(EventTypes.TASK_OVERDUE, Duration.ofSeconds(3)).stream()
                    .filter(r -> lead.equals(KafkaEvents.data(r).path("assignmentId").asText())).count();
            assertEquals(1, times);
        }
        given().auth().oauth2(DevTokens.issue(p.ubnd, "coordinator")).queryParam("plan", p.planId).get("/issued/overdue")
                .then().statusCode(200).body("bucket", everyItem(equalTo("OVERDUE")))
                .body("findAll { it.id == '" + lead + "' }.size()", equalTo(1));
    }

    @Test
    void openAssignmentsMoveToTheSuccessorWhenAnAgencyIsMerged() {
        DienBienPlan p = new DienBienPlan();
        send(p.planId, EventTypes.PLAN_ISSUED, p.issued());
        List<Map<String, Object>> all = awaitPlan(p, 180);
        Map<String, Object> reported = find(all, p.sldtbxh, "2021-Q1", p.task1);
        String moving = (String) find(all, p.sldtbxh, "2022-Q1", p.task1).get("id");
        String oldOfficer = DevTokens.issue(p.sldtbxh, "officer");
        DienBienAssignmentTest.report(p.sldtbxh, reported, p.planId, Instant.parse("2021-03-19T02:00:00Z"));
        await().atMost(WAIT).until(() -> "SUBMITTED".equals(status(oldOfficer, (String) reported.get("id"))));
        given().auth().oauth2(oldOfficer).post("/assignments/{id}/acknowledge", moving).then().statusCode(200);

        // 2025: Sở Lao động - Thương binh và Xã hội merges into Sở Nội vụ
        String snv = "DBN.SNV." + p.suffix;
        KafkaEvents.send(TestEvents.event(Topics.AGENCY, p.sldtbxh, EventTypes.AGENCY_CHANGED, p.sldtbxh,
                new AgencyChanged(UUID.randomUUID(), AgencyChange.MERGED, p.sldtbxh, "Sở Lao động - Thương binh và Xã hội",
                        "Sở LĐ-TB&XH", "SLĐTBXH", "DEPARTMENT", p.ubnd, "DBN", false, LocalDate.of(2025, 3, 1), List.of(snv))));

        String newOfficer = DevTokens.issue(snv, "officer");
        await().atMost(WAIT).until(() -> "19".equals(given().auth().oauth2(newOfficer).get("/inbox")
                .then().extract().header("X-Total-Count")));
        given().auth().oauth2(newOfficer).get("/assignments/{id}", moving).then().statusCode(200)
                .body("agencyCode", equalTo(snv)).body("transferredFrom", equalTo(p.sldtbxh))
                .body("status", equalTo("ACKNOWLEDGED")).body("deadline", equalTo("2022-03-20"));
        given().auth().oauth2(newOfficer).get("/assignments/{id}/history", moving).then().statusCode(200)
                .body("findAll { it.what != 'OVERDUE' }.what", equalTo(List.of("ASSIGNED", "STATUS_CHANGED", "TRANSFERRED")))
                .body("findAll { it.what != 'OVERDUE' }.agencyCode", equalTo(List.of(p.sldtbxh, p.sldtbxh, snv)));
        // the submitted report stays with the agency that sent it; the rest left its inbox
        given().auth().oauth2(oldOfficer).get("/inbox").then().header("X-Total-Count", "1")
                .body("[0].id", equalTo(reported.get("id")));
        given().auth().oauth2(oldOfficer).get("/assignments/{id}", moving).then().statusCode(404);
        // who reports to the merged department reports to its successor now
        given().auth().oauth2(DevTokens.issue(p.cat, "officer")).get("/inbox?period=2022-M01").then()
                .body("[0].reportToCode", equalTo(snv));
        given().auth().oauth2(DevTokens.issue(p.cat, "officer")).get("/inbox?period=2022-Q1").then()
                .body("[0].reportToCode", equalTo(snv)).body("[0].leadAgencyCode", equalTo(snv));

        try (KafkaEvents events = KafkaEvents.reading(Topics.TASK)) {
            ConsumerRecord<String, String> moved = events.await(EventTypes.TASK_TRANSFERRED,
                    d -> moving.equals(d.path("assignmentId").asText()), WAIT);
            assertEquals(snv, moved.key());
            assertEquals(List.of(), EventSchemas.problems(EventTypes.TASK_TRANSFERRED, KafkaEvents.data(moved)));
            assertEquals(p.sldtbxh, KafkaEvents.data(moved).path("fromAgencyCode").asText());
            assertEquals("2025-03-01", KafkaEvents.data(moved).path("effectiveOn").asText());
        }

        // an amendment still naming the merged department applies to its successor
        send(p.planId, EventTypes.PLAN_AMENDED, p.amendment());
        await().atMost(WAIT).until(() -> "2022-03-25".equals(given().auth().oauth2(newOfficer).get("/assignments/{id}", moving)
                .jsonPath().getString("deadline")));
        given().auth().oauth2(oldOfficer).get("/inbox").then().header("X-Total-Count", "1");
        Map<String, Object> oneOff = find(awaitPlan(p, 182), p.syt, "ONCE", p.task3);
        assertEquals(snv, oneOff.get("reportToCode"));
        assertNotNull(oneOff.get("id"));
        assertNull(oneOff.get("transferredFrom"));
    }
}
