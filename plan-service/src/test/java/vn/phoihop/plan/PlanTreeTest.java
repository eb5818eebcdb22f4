package vn.phoihop.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.TaskCancelled;
import vn.phoihop.events.TaskOverdue;
import vn.phoihop.events.TaskStatusChanged;
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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A province plan, a department plan implementing one of its tasks, and progress from task-service's events. */
@QuarkusTest
class PlanTreeTest {
    static final String PROVINCE = DevTokens.issue("DKN.UBND", "coordinator");
    static final String DEPARTMENT = DevTokens.issue("DKN.STTTT", "coordinator");

    @BeforeEach
    void directory() {
        Agencies.ensureDemoDirectories();
    }

    static void send(String type, String agency, Object payload) {
        KafkaEvents.send(TestEvents.event(Topics.TASK, agency, type, agency, payload));
    }

    static TaskAssigned assigned(UUID assignment, String planId, String taskId, String agency) {
        return new TaskAssigned(assignment, UUID.fromString(planId), "1/KH", "DKN.UBND", UUID.fromString(taskId), "Nhiệm vụ",
                agency, AssignmentRole.LEAD, null);
    }

    @Test
    void theTreeRollsUpProgressFromTaskEvents() {
        Response province = given().auth().oauth2(PROVINCE).contentType(ContentType.JSON)
                .body(Map.of("subject", "Thực hiện Chương trình phòng, chống mua bán người tỉnh Đắk Nông năm 2024", "period", "2024",
                        "tasks", List.of(Map.of("title", "Sở Thông tin và Truyền thông", "leadAgencyCode", "DKN.STTTT"),
                                Map.of("title", "Công an tỉnh", "leadAgencyCode", "DKN.CAT"))))
                .post("/plans");
        String provinceId = province.then().statusCode(201).extract().path("id");
        String infoTask = province.path("tasks[0].id");
        String policeTask = province.path("tasks[1].id");
        given().auth().oauth2(PROVINCE).post("/plans/{id}/issue", provinceId).then().statusCode(200);

        Response department = given().auth().oauth2(DEPARTMENT).contentType(ContentType.JSON)
                .body(Map.of("subject", "Thông tin, tuyên truyền phòng, chống mua bán người năm 2024", "period", "2024",
                        "legalBasis", List.of(Map.of("text", "Thực hiện Kế hoạch của UBND tỉnh về phòng, chống mua bán người năm 2024",
                                "planId", provinceId, "taskId", infoTask)),
                        "tasks", List.of(Map.of("title", "Báo Đắk Nông", "leadAgencyCode", "DKN.BAODAKNONG"))))
                .post("/plans");
        String departmentId = department.then().statusCode(201).body("parentPlanId", equalTo(provinceId)).extract().path("id");
        String pressTask = department.path("tasks[0].id");
        given().auth().oauth2(DEPARTMENT).post("/plans/{id}/issue", departmentId).then().statusCode(200);

        UUID info = UUID.randomUUID();
        UUID police = UUID.randomUUID();
        UUID press = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        send(EventTypes.TASK_ASSIGNED, "DKN.STTTT", assigned(info, provinceId, infoTask, "DKN.STTTT"));
        send(EventTypes.TASK_ASSIGNED, "DKN.CAT", assigned(police, provinceId, policeTask, "DKN.CAT"));
        send(EventTypes.TASK_ASSIGNED, "DKN.BAODAKNONG", assigned(press, departmentId, pressTask, "DKN.BAODAKNONG"));
        send(EventTypes.TASK_ASSIGNED, "DKN.CAT", assigned(cancelled, provinceId, policeTask, "DKN.CAT"));
        send(EventTypes.TASK_STATUS_CHANGED, "DKN.BAODAKNONG", new TaskStatusChanged(press, UUID.fromString(departmentId),
                "DKN.BAODAKNONG", "DKN.STTTT", AssignmentStatus.ASSIGNED, AssignmentStatus.SUBMITTED, Instant.now()));
        send(EventTypes.TASK_OVERDUE, "DKN.CAT", new TaskOverdue(police, UUID.fromString(provinceId), "DKN.CAT", "DKN.UBND",
                LocalDate.of(2024, 6, 20), Instant.now()));
        send(EventTypes.TASK_CANCELLED, "DKN.CAT", new TaskCancelled(cancelled, UUID.fromString(provinceId), "DKN.CAT",
                "DKN.UBND", "TASK_REMOVED", Instant.now()));

        await("the tree shows every event").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                given().auth().oauth2(PROVINCE).get("/plans/{id}/tree", provinceId).then().statusCode(200).extract()
                        .<Integer>path("rolledUp.assignments") == 4
                        && given().auth().oauth2(PROVINCE).get("/plans/{id}/tree", provinceId).then().extract()
                        .<Integer>path("rolledUp.byStatus.CANCELLED") != null);
        given().auth().oauth2(PROVINCE).get("/plans/{id}/tree", provinceId).then().statusCode(200)
                .body("progress.assignments", equalTo(3))
                .body("progress.overdue", equalTo(1))
                .body("progress.byStatus.ASSIGNED", equalTo(2))
                .body("progress.byStatus.CANCELLED", equalTo(1))
                .body("progress.percentDone", equalTo(0))
                .body("children.id", hasItem(departmentId))
                .body("children[0].parentTaskId", equalTo(infoTask))
                .body("children[0].progress.byStatus.SUBMITTED", equalTo(1))
                .body("children[0].progress.percentDone", equalTo(100))
                .body("rolledUp.assignments", equalTo(4))
                .body("rolledUp.byStatus.SUBMITTED", equalTo(1))
                .body("rolledUp.percentDone", equalTo(33));
        // the department reads its own subtree; an uninvolved agency reads nothing
        given().auth().oauth2(DEPARTMENT).get("/plans/{id}/tree", departmentId).then().statusCode(200)
                .body("progress.assignments", equalTo(1));
        given().auth().oauth2(DevTokens.issue("DBN.CAT", "officer")).get("/plans/{id}/tree", provinceId).then().statusCode(404);
    }
}
