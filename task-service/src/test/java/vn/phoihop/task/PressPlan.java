package vn.phoihop.task;

import io.restassured.response.Response;
import org.apache.kafka.clients.producer.ProducerRecord;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The Đắk Nông 2020 plan against human trafficking, as plan-service would publish it when the
 * Department of Information and Communications issues it: its press task, led by the radio and
 * television station with the newspaper and the magazine cooperating. Fresh ids on every call.
 */
final class PressPlan {
    static final String STTTT = "DKN.STTTT";
    static final String DAIPTTH = "DKN.DAIPTTH";
    static final String BAODAKNONG = "DKN.BAODAKNONG";
    static final String TAPCHINAMNUNG = "DKN.TAPCHINAMNUNG";
    static final String CAT = "DKN.CAT";
    static final String SUBJECT = "Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020";
    static final String TASK_TITLE = "Các cơ quan báo chí trên địa bàn tỉnh (Đài PTTH tỉnh, Báo Đắk Nông, Tạp chí Năm Nung)";
    static final String ISSUER_COORDINATOR = DevTokens.issue(STTTT, "coordinator");

    static PlanIssued issued() {
        return issued(UUID.randomUUID(), UUID.randomUUID());
    }

    static PlanIssued issued(UUID planId, UUID taskId) {
        return new PlanIssued(planId, ThreadLocalRandom.current().nextInt(1, 999) + "/KH-STTTT", STTTT, SUBJECT,
                LocalDate.of(2020, 3, 12),
                List.of(new PlanIssued.Task(taskId, TASK_TITLE,
                        "Định kỳ hàng quý, 6 tháng, 01 năm báo cáo tình hình, kết quả thực hiện gửi Sở Thông tin và Truyền thông để tổng hợp báo cáo Ban Chỉ đạo 138 tỉnh theo yêu cầu.",
                        DAIPTTH, List.of(BAODAKNONG, TAPCHINAMNUNG), LocalDate.of(2020, 6, 20))));
    }

    /** The CloudEvents record plan-service's relay would write, keyed by plan id. */
    static ProducerRecord<String, String> record(PlanIssued plan) {
        return TestEvents.event(Topics.PLAN, plan.planId().toString(), EventTypes.PLAN_ISSUED, null, plan);
    }

    static void send(PlanIssued plan) {
        KafkaEvents.send(record(plan));
    }

    /** The plan's assignments as its issuer sees them, once there are {@code count} of them. */
    static List<Map<String, Object>> awaitAssignments(UUID planId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response r = given().auth().oauth2(ISSUER_COORDINATOR).get("/plans/{id}/assignments", planId);
            return r.statusCode() == 200 && r.jsonPath().getList("$").size() >= count;
        });
        return given().auth().oauth2(ISSUER_COORDINATOR).get("/plans/{id}/assignments", planId)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Id of the assignment of {@code agency} in the plan, once it exists. */
    static String awaitAssignmentOf(UUID planId, String agency) {
        return awaitAssignments(planId, 3).stream().filter(a -> agency.equals(a.get("agencyCode")))
                .map(a -> (String) a.get("id")).findFirst().orElseThrow();
    }

    private PressPlan() {
    }
}
