package vn.phoihop.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.TaskCancelled;
import vn.phoihop.events.TaskRescheduled;
import vn.phoihop.events.TaskTransferred;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.phoihop.report.Assignments.BAO_DAK_NONG;
import static vn.phoihop.report.Assignments.DEADLINE_2020;
import static vn.phoihop.report.Assignments.PATIENCE;
import static vn.phoihop.report.Assignments.STTTT;
import static vn.phoihop.report.Assignments.SUMMARY;

/** Assignments change after they are made: cancelled, rescheduled, transferred; plans add their own indicators. */
@QuarkusTest
class AssignmentLifecycleTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        DakNong.directoryKnown();
    }

    static final String BAO_OFFICER = DevTokens.issue(BAO_DAK_NONG, "officer");
    static final String TAPCHI = "DKN.TAPCHINAMNUNG";

    @Test
    void aCancelledAssignmentRefusesReports() {
        TaskAssigned task = Assignments.assign(Assignments.pressTask(BAO_DAK_NONG, DEADLINE_2020));
        Assignments.awaitKnown(task);
        send(task.agencyCode(), EventTypes.TASK_CANCELLED, new TaskCancelled(task.assignmentId(), task.planId(),
                task.agencyCode(), STTTT, "PLAN_REVOKED", Instant.now()));
        awaitField(BAO_OFFICER, task, "state", "CANCELLED");
        given().auth().oauth2(BAO_OFFICER).contentType(ContentType.JSON).body(Assignments.report(task)).post("/reports")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(BAO_OFFICER).get("/reports").then().statusCode(200)
                .body("assignmentId", not(hasItem(task.assignmentId().toString())));
    }

    @Test
    void aRescheduledDeadlineDecidesLateness() {
        TaskAssigned task = Assignments.assign(Assignments.pressTask(BAO_DAK_NONG, DEADLINE_2020));
        Assignments.awaitKnown(task);
        send(task.agencyCode(), EventTypes.TASK_RESCHEDULED, new TaskRescheduled(task.assignmentId(), task.planId(),
                task.agencyCode(), STTTT, DEADLINE_2020, LocalDate.of(2099, 12, 31), Instant.now()));
        awaitField(BAO_OFFICER, task, "deadline", "2099-12-31");
        given().auth().oauth2(BAO_OFFICER).contentType(ContentType.JSON).body(Assignments.report(task)).post("/reports")
                .then().statusCode(201).body("late", equalTo(false));
    }

    @Test
    void aTransferredAssignmentIsReportedByTheSuccessorOnly() {
        TaskAssigned task = Assignments.assign(Assignments.pressTask(TAPCHI, DEADLINE_2020));
        Assignments.awaitKnown(task);
        send(BAO_DAK_NONG, EventTypes.TASK_TRANSFERRED, new TaskTransferred(task.assignmentId(), task.planId(), TAPCHI,
                BAO_DAK_NONG, STTTT, LocalDate.of(2025, 7, 1), Instant.now()));
        awaitField(BAO_OFFICER, task, "agencyCode", BAO_DAK_NONG);
        given().auth().oauth2(DevTokens.issue(TAPCHI, "officer")).contentType(ContentType.JSON).body(Assignments.report(task))
                .post("/reports").then().statusCode(404);
        given().auth().oauth2(BAO_OFFICER).contentType(ContentType.JSON).body(Assignments.report(task)).post("/reports")
                .then().statusCode(201).body("agencyCode", equalTo(BAO_DAK_NONG));
    }

    @Test
    void aCoordinatorAddsAPlanIndicatorAndTargetsSetWhatIsAskedWhenTheObligationNamesNone() {
        PlanIssued plan = new PlanIssued(UUID.randomUUID(), "21/KH-STTTT", STTTT, DakNong.SUBJECT, LocalDate.of(2020, 4, 10),
                List.of(), "KH", null, null, null, null,
                List.of(new PlanIssued.Target("NEWS_ARTICLES", "Tin, bài", new BigDecimal("200"), "tin, bài")), 1);
        DakNong.issue(plan);
        String so = DevTokens.issue(STTTT, "coordinator");
        Map<String, Object> hotline = Map.of("code", "HOTLINE_CALLS", "name", "Cuộc gọi đến đường dây nóng 18001567",
                "unit", "cuộc gọi", "type", "COUNT");
        // 404 until the plan has arrived, 403 until its issuer is known here
        await().atMost(PATIENCE).until(() -> List.of(201, 200).contains(given().auth().oauth2(so).contentType(ContentType.JSON)
                .body(hotline).post("/plans/{id}/indicators", plan.planId()).statusCode()));
        given().auth().oauth2(so).get("/indicators?planId={id}", plan.planId()).then().statusCode(200)
                .body("find { it.code == 'HOTLINE_CALLS' }.name", equalTo("Cuộc gọi đến đường dây nóng 18001567"))
                .body("find { it.code == 'HOTLINE_CALLS' }.unit", equalTo("cuộc gọi"))
                .body("code", hasItem("NEWS_ARTICLES"));
        given().auth().oauth2(BAO_OFFICER).get("/indicators").then().statusCode(200)
                .body("code", not(hasItem("HOTLINE_CALLS"))).body("code", hasItem("COMMUNES_REACHED"));
        given().auth().oauth2(so).contentType(ContentType.JSON).body(hotline).post("/plans/{id}/indicators", plan.planId())
                .then().statusCode(409);
        given().auth().oauth2(so).contentType(ContentType.JSON).body(Map.of("code", "NEWS_ARTICLES", "name", "x", "unit", "x", "type", "COUNT"))
                .post("/plans/{id}/indicators", plan.planId()).then().statusCode(409);
        given().auth().oauth2(so).contentType(ContentType.JSON).body(Map.of("code", "cuộc_gọi", "name", "x", "unit", "x", "type", "COUNT"))
                .post("/plans/{id}/indicators", plan.planId()).then().statusCode(400).body("errors.field", hasItem("code"));
        given().auth().oauth2(DevTokens.issue("DKN.CAT", "coordinator")).contentType(ContentType.JSON).body(hotline)
                .post("/plans/{id}/indicators", plan.planId()).then().statusCode(404);

        TaskAssigned withHotline = Assignments.assign(new TaskAssigned(UUID.randomUUID(), plan.planId(), plan.number(), STTTT,
                UUID.randomUUID(), "Phối hợp tuyên truyền về đường dây nóng 18001567", BAO_DAK_NONG, AssignmentRole.LEAD,
                null, UUID.randomUUID(), "2020", "Năm 2020", null, null, STTTT, BAO_DAK_NONG, List.of("HOTLINE_CALLS", "NEWS_ARTICLES")));
        Assignments.submitWhenKnown(BAO_OFFICER, Map.of("assignmentId", withHotline.assignmentId().toString(), "summary", SUMMARY,
                "indicators", Map.of("HOTLINE_CALLS", 35))).then().statusCode(201).body("indicators.HOTLINE_CALLS", equalTo(35));

        // no indicator named by the obligation: the plan's targets say what is asked
        TaskAssigned byTargets = Assignments.assign(new TaskAssigned(UUID.randomUUID(), plan.planId(), plan.number(), STTTT,
                UUID.randomUUID(), "Tuyên truyền", BAO_DAK_NONG, AssignmentRole.LEAD, null, UUID.randomUUID(), "2020",
                "Năm 2020", null, null, STTTT, BAO_DAK_NONG, List.of()));
        Assignments.awaitKnown(byTargets);
        given().auth().oauth2(BAO_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("assignmentId", byTargets.assignmentId().toString(), "summary", SUMMARY,
                        "indicators", Map.of("BROADCAST_MINUTES", 30)))
                .post("/reports").then().statusCode(400).body("errors.field", equalTo(List.of("indicators.BROADCAST_MINUTES")));
        given().auth().oauth2(BAO_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("assignmentId", byTargets.assignmentId().toString(), "summary", SUMMARY,
                        "indicators", Map.of("NEWS_ARTICLES", 30)))
                .post("/reports").then().statusCode(201);
    }

    private static void send(String key, String type, Object payload) {
        KafkaEvents.send(TestEvents.event(Topics.TASK, key, type, key, payload));
    }

    private static void awaitField(String token, TaskAssigned task, String field, String value) {
        await().atMost(PATIENCE).until(() -> {
            io.restassured.response.Response response = given().auth().oauth2(token).get("/assignments");
            // 403 until the agency is known here (its assignment or its directory entry has arrived)
            return response.statusCode() == 200
                    && value.equals(response.path("find { it.assignmentId == '" + task.assignmentId() + "' }." + field));
        });
    }
}
