package vn.phoihop.report;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.producer.ProducerRecord;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Plays task-service: assignments of the Đắk Nông 2020 plan on information against human trafficking
 * (Kế hoạch of Sở TT&TT), press task, sent as TaskAssigned CloudEvents on the real broker.
 */
final class Assignments {
    static final String STTTT = "DKN.STTTT";
    static final String BAO_DAK_NONG = "DKN.BAODAKNONG";
    static final String PRESS_TASK = "Các cơ quan báo chí trên địa bàn tỉnh (Đài PTTH tỉnh, Báo Đắk Nông, Tạp chí Năm Nung)";
    static final String SUMMARY = "Quý II/2020: Báo Đắk Nông đăng 12 tin, bài về phòng, chống mua bán người";
    static final LocalDate DEADLINE_2020 = LocalDate.of(2020, 6, 20);
    static final Duration PATIENCE = Duration.ofSeconds(60);

    /** A fresh assignment of the press task to {@code agencyCode}, with its own ids. */
    static TaskAssigned pressTask(String agencyCode, LocalDate deadline) {
        return new TaskAssigned(UUID.randomUUID(), UUID.randomUUID(), "45/KH-STTTT", STTTT, UUID.randomUUID(),
                PRESS_TASK, agencyCode, AssignmentRole.COOPERATING, deadline);
    }

    /** The quarterly report of the press task for Quý II/2020, asking for the given indicators. */
    static TaskAssigned quarterly(UUID planId, UUID taskId, String agencyCode, AssignmentRole role, String leadCode,
                                  String reportToCode, LocalDate deadline, List<String> indicatorCodes) {
        return new TaskAssigned(UUID.randomUUID(), planId, "45/KH-STTTT", STTTT, taskId, PRESS_TASK, agencyCode, role,
                deadline, UUID.randomUUID(), "2020-Q2", "Quý II/2020", LocalDate.of(2020, 3, 15),
                LocalDate.of(2020, 6, 14), reportToCode, leadCode, indicatorCodes);
    }

    static ProducerRecord<String, String> assignedEvent(TaskAssigned task) {
        return TestEvents.event(Topics.TASK, task.agencyCode(), EventTypes.TASK_ASSIGNED, task.agencyCode(), task);
    }

    static TaskAssigned assign(TaskAssigned task) {
        KafkaEvents.send(assignedEvent(task));
        return task;
    }

    /** Waits (bounded) until report-service knows the assignment, as its agency sees it. */
    static void awaitKnown(TaskAssigned task) {
        String token = DevTokens.issue(task.agencyCode(), "officer");
        await().atMost(PATIENCE).until(() -> {
            Response response = given().auth().oauth2(token).get("/assignments");
            // 403 until the agency is known here (its assignment or its directory entry has arrived)
            return response.statusCode() == 200 && response.then().extract().<List<String>>path("assignmentId")
                    .contains(task.assignmentId().toString());
        });
    }

    static Map<String, Object> report(TaskAssigned task) {
        return Map.of("assignmentId", task.assignmentId().toString(), "summary", SUMMARY,
                "indicators", Map.of("NEWS_ARTICLES", 12, "BROADCAST_MINUTES", 45.5));
    }

    /**
     * Posts the report, retrying while the projection has not caught up (404, or 403 while the agency is not
     * known here yet), as a client would, and returns the first other answer.
     */
    static Response submitWhenKnown(String token, Object body) {
        AtomicReference<Response> last = new AtomicReference<>();
        await().atMost(PATIENCE).until(() -> {
            Response response = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/reports");
            last.set(response);
            return response.statusCode() != 404 && response.statusCode() != 403;
        });
        return last.get();
    }

    private Assignments() {
    }
}
