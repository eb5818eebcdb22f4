package vn.phoihop.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.phoihop.report.Assignments.PATIENCE;
import static vn.phoihop.report.DakNong.BAO;
import static vn.phoihop.report.DakNong.DAIPTTH;
import static vn.phoihop.report.DakNong.STTTT;

/**
 * A report request (yêu cầu báo cáo, period {@code REQUEST-n}) and the nine-month report (báo cáo 9 tháng,
 * {@code 2020-9M}) are consolidated like any other period: task-service announces them under those keys, so the
 * issuer's consolidation and its exports take them.
 */
@QuarkusTest
class RequestAndNineMonthConsolidationTest {
    static final String SO = DevTokens.issue(STTTT, "coordinator");

    @Inject
    ServiceClock clock;

    @AfterEach
    void systemClock() {
        clock.reset();
    }

    @Test
    void aReportRequestIsConsolidatedUnderItsOwnPeriod() {
        consolidatedUnder("REQUEST-7", "Yêu cầu báo cáo số 7", LocalDate.of(2020, 7, 15), LocalDate.of(2020, 7, 10));
    }

    @Test
    void aNineMonthReportIsConsolidatedUnderItsPeriod() {
        consolidatedUnder("2020-9M", "9 tháng năm 2020", LocalDate.of(2020, 9, 20), LocalDate.of(2020, 9, 18));
    }

    @Test
    void anUnknownPeriodIsRefusedNamingTheField() {
        PlanIssued plan = DakNong.provincialPlan();
        DakNong.issue(plan);
        given().auth().oauth2(SO).get("/plans/{id}/consolidation?period=REQUEST-", plan.planId())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"));
    }

    private void consolidatedUnder(String period, String label, LocalDate deadline, LocalDate submittedOn) {
        DakNong.registerAgencies();
        PlanIssued plan = DakNong.provincialPlan();
        DakNong.issue(plan);
        UUID task = UUID.randomUUID();
        TaskAssigned station = Assignments.assign(assignment(plan, task, DAIPTTH, period, label, deadline));
        TaskAssigned newspaper = Assignments.assign(assignment(plan, task, BAO, period, label, deadline));
        clock.set(Clock.fixed(OffsetDateTime.parse(submittedOn + "T09:00:00+07:00").toInstant(), ServiceClock.ZONE));
        Assignments.submitWhenKnown(DevTokens.issue(DAIPTTH, "officer"), Map.of("assignmentId",
                        station.assignmentId().toString(), "summary", "Đài PT-TH tỉnh phát 12 tin, bài",
                        "indicators", Map.of("NEWS_ARTICLES", 12)))
                .then().statusCode(201);
        Assignments.awaitKnown(newspaper);

        await().atMost(PATIENCE).until(() -> consolidation(plan, period).getInt("reported") == 1);
        JsonPath c = consolidation(plan, period);
        assertEquals(period, c.getString("periodKey"));
        assertEquals(label, c.getString("periodLabel"));
        assertEquals(2, c.getInt("expected"));
        assertEquals(List.of(BAO), c.getList("notReported.agencyCode"));
        given().auth().oauth2(SO).get("/plans/{id}/consolidation.csv?period=" + period, plan.planId())
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString(period));
    }

    private static JsonPath consolidation(PlanIssued plan, String period) {
        return given().auth().oauth2(SO).get("/plans/{id}/consolidation?period=" + period, plan.planId())
                .then().statusCode(200).extract().jsonPath();
    }

    private static TaskAssigned assignment(PlanIssued plan, UUID task, String agency, String period, String label,
                                           LocalDate deadline) {
        return new TaskAssigned(UUID.randomUUID(), plan.planId(), plan.number(), plan.issuerCode(), task,
                DakNong.PRESS_TASK, agency, AssignmentRole.LEAD, deadline, UUID.randomUUID(), period, label,
                LocalDate.of(2020, 1, 1), deadline.minusDays(10), STTTT, agency, List.of("NEWS_ARTICLES"));
    }
}
