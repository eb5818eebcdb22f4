package vn.phoihop.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.phoihop.events.EventJson;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DemoData;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The four packaged services as separate processes on one real broker and real PostgreSQL, driven
 * only through their REST APIs, as the agencies of the Đắk Nông 2020 plan would drive them.
 */
@ExtendWith(RunningStack.class)
class CoordinationEndToEndTest {
    static final Duration EVENTUALLY = Duration.ofSeconds(60);

    static final String COORDINATOR = DevTokens.issue(DemoData.ISSUER, "coordinator");
    static final String DAIPTTH = DevTokens.issue("DKN.DAIPTTH", "officer");
    static final String BAODAKNONG = DevTokens.issue("DKN.BAODAKNONG", "officer");
    static final String TAPCHINAMNUNG = DevTokens.issue("DKN.TAPCHINAMNUNG", "officer");
    static final String CAT = DevTokens.issue("DKN.CAT", "officer");

    @BeforeAll
    static void directory() {
        RunningStack.get();
        DemoData.loadAgencies(RunningStack.url("plan-service"));
    }

    static RequestSpecification as(String service, String token) {
        return given().baseUri(RunningStack.url(service)).auth().oauth2(token).accept(ContentType.JSON);
    }

    /** The demo plan, with the task at {@code index} only (0-based, section III order). */
    static ObjectNode demoPlanWithTask(int index) {
        ObjectNode plan = (ObjectNode) DemoData.plan().deepCopy();
        ArrayNode tasks = EventJson.MAPPER.createArrayNode().add(plan.path("tasks").get(index).deepCopy());
        plan.set("tasks", tasks);
        return plan;
    }

    /**
     * Waits until the agency's inbox holds an assignment for {@code taskId} (of period {@code periodKey},
     * or the earliest due when null), and returns it.
     */
    static Map<String, Object> awaitAssignment(String token, String taskId, String periodKey) {
        return await("assignment of task " + taskId).atMost(EVENTUALLY).pollInterval(Duration.ofMillis(300))
                .until(() -> inbox(token).stream().filter(a -> taskId.equals(a.get("taskId")))
                                .filter(a -> periodKey == null || periodKey.equals(a.get("periodKey"))).findFirst().orElse(null),
                        a -> a != null);
    }

    static List<Map<String, Object>> inbox(String token) {
        return as("task-service", token).get("/inbox").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void aPlanReachesTheRightInboxesAndTheReportFlowsBack() {
        JsonNode plan = DemoData.draftAndIssue(RunningStack.url("plan-service"), COORDINATOR, DemoData.plan());
        String planId = plan.path("id").asText();
        JsonNode pressTask = plan.path("tasks").get(1);
        String pressTaskId = pressTask.path("id").asText();
        assertEquals("DKN.DAIPTTH", pressTask.path("leadAgencyCode").asText());

        // the lead press agency and a cooperating one each see their own assignment for Quý II/2020:
        // the plan sets no submission day, so the lead's report is due at the cut-off (Sunday 14/06/2020)
        // and the cooperating agencies report to the lead 3 working days earlier
        Map<String, Object> lead = awaitAssignment(DAIPTTH, pressTaskId, "2020-Q2");
        assertEquals("LEAD", lead.get("role"));
        assertEquals("ASSIGNED", lead.get("status"));
        assertEquals(planId, lead.get("planId"));
        assertEquals(plan.path("number").asText(), lead.get("planNumber"));
        assertEquals("Quý II/2020", lead.get("periodLabel"));
        assertEquals("2020-03-15", lead.get("dataFrom"));
        assertEquals("2020-06-14", lead.get("dataTo"));
        assertEquals("2020-06-14", lead.get("deadline"));
        assertEquals("DKN.STTTT", lead.get("reportToCode"));
        assertEquals("Các cơ quan báo chí trên địa bàn tỉnh (Đài PTTH tỉnh, Báo Đắk Nông, Tạp chí Năm Nung)", lead.get("taskTitle"));
        Map<String, Object> cooperating = awaitAssignment(BAODAKNONG, pressTaskId, "2020-Q2");
        assertEquals("COOPERATING", cooperating.get("role"));
        assertEquals("DKN.BAODAKNONG", cooperating.get("agencyCode"));
        assertEquals("DKN.DAIPTTH", cooperating.get("reportToCode"));
        assertEquals("2020-06-10", cooperating.get("deadline"));
        String assignmentId = (String) lead.get("id");

        // a district culture office gets its own task of the same plan, and nothing of the press task
        String giaNghiaTaskId = plan.path("tasks").get(3).path("id").asText();
        String giaNghia = DevTokens.issue("DKN.GIANGHIA.PVHTT", "officer");
        awaitAssignment(giaNghia, giaNghiaTaskId, null);
        assertTrue(inbox(giaNghia).stream().noneMatch(a -> pressTaskId.equals(a.get("taskId"))));
        // the police are named in the plan (section 3) but not in the press task
        assertTrue(inbox(CAT).stream().noneMatch(a -> pressTaskId.equals(a.get("taskId"))));

        // another agency's token: 404, not 403, so that it learns nothing
        as("task-service", CAT).get("/assignments/{id}", assignmentId).then().statusCode(404)
                .contentType("application/problem+json");
        as("task-service", CAT).post("/assignments/{id}/acknowledge", assignmentId).then().statusCode(404);
        as("task-service", DAIPTTH).get("/assignments/{id}", assignmentId).then().statusCode(200)
                .body("status", equalTo("ASSIGNED"));
        // the issuer's coordinator sees every assignment of its plan
        as("task-service", COORDINATOR).get("/plans/{planId}/assignments", planId).then().statusCode(200)
                .body("id", hasItem(assignmentId));

        // acknowledge (tiếp nhận)
        as("task-service", DAIPTTH).post("/assignments/{id}/acknowledge", assignmentId).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));

        // report, once report-service has seen the TaskAssigned event
        Map<String, Object> report = Map.of(
                "assignmentId", assignmentId,
                "summary", "Quý II/2020: Đài PTTH tỉnh phát 6 phóng sự, 45 phút chuyên mục về phòng, chống mua bán người",
                "indicators", Map.of("REPORTAGES", 6, "BROADCAST_MINUTES", 45));
        Response submitted = await("report-service accepts the report").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500))
                .until(() -> as("report-service", DAIPTTH).contentType(ContentType.JSON).body(report).post("/reports"),
                        r -> r.statusCode() != 404);
        assertEquals(201, submitted.statusCode(), submitted.asString());
        String reportId = submitted.path("id");
        assertEquals("DKN.DAIPTTH", submitted.path("agencyCode"));
        as("report-service", DAIPTTH).get("/reports/{id}", reportId).then().statusCode(200)
                .body("summary", equalTo(report.get("summary")));
        as("report-service", CAT).get("/reports/{id}", reportId).then().statusCode(404);
        as("report-service", COORDINATOR).get("/reports/{id}", reportId).then().statusCode(200);

        // task-service learns of the report from ReportSubmitted
        awaitStatus(DAIPTTH, assignmentId, "SUBMITTED");

        // the department (the receiver) accepts it; task-service follows ReportAccepted
        as("report-service", COORDINATOR).contentType(ContentType.JSON).body(Map.of("comment", "Đạt yêu cầu"))
                .post("/reports/{id}/accept", reportId).then().statusCode(200);
        awaitStatus(DAIPTTH, assignmentId, "ACCEPTED");

        // the consolidation of the quarter counts it; other agencies do not see it
        JsonNode consolidation = EventJson.MAPPER.valueToTree(as("report-service", COORDINATOR)
                .queryParam("period", "2020-Q2").get("/plans/{planId}/consolidation", planId)
                .then().statusCode(200).extract().as(Map.class));
        JsonNode reportages = findByCode(consolidation.path("indicators"), "REPORTAGES");
        assertEquals(6, reportages.path("total").asInt(), consolidation.toString());
        JsonNode minutes = findByCode(consolidation.path("indicators"), "BROADCAST_MINUTES");
        assertEquals(45, minutes.path("total").asInt(), consolidation.toString());
        assertEquals(1, consolidation.path("reported").asInt(), consolidation.toString());
        as("report-service", CAT).queryParam("period", "2020-Q2").get("/plans/{planId}/consolidation", planId)
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(403), equalTo(404)));

        // notifications: the assignee was told of the task, the issuer of the report
        await("TASK_ASSIGNED notification for DKN.DAIPTTH").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(300)).until(() ->
                notifications(DAIPTTH).stream().anyMatch(n -> "TASK_ASSIGNED".equals(n.get("kind"))
                        && assignmentId.equals(n.get("assignmentId")) && "DKN.DAIPTTH".equals(n.get("agencyCode"))));
        await("REPORT_SUBMITTED notification for DKN.STTTT").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(300)).until(() ->
                notifications(COORDINATOR).stream().anyMatch(n -> "REPORT_SUBMITTED".equals(n.get("kind"))
                        && assignmentId.equals(n.get("assignmentId")) && DemoData.ISSUER.equals(n.get("agencyCode"))));
        // and nobody else hears of this assignment
        assertTrue(notifications(CAT).stream().noneMatch(n -> assignmentId.equals(n.get("assignmentId"))));
    }

    static JsonNode findByCode(JsonNode array, String code) {
        for (JsonNode item : array) {
            if (code.equals(item.path("code").asText())) {
                return item;
            }
        }
        throw new AssertionError("no " + code + " in " + array);
    }

    static void awaitStatus(String token, String assignmentId, String status) {
        await("assignment " + status).atMost(EVENTUALLY).pollInterval(Duration.ofMillis(300)).until(() ->
                as("task-service", token).get("/assignments/{id}", assignmentId).then().statusCode(200)
                        .extract().path("status"), status::equals);
    }

    static List<Map<String, Object>> notifications(String token) {
        return as("notification-service", token).get("/notifications").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void invalidBodiesNameTheFieldAndCreateNothing() {
        int plansBefore = as("plan-service", COORDINATOR).get("/plans").then().statusCode(200).extract().path("size()");
        as("plan-service", COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("subject", "", "place", "Đắk Nông", "tasks", List.of(Map.of("title", "Nhiệm vụ", "leadAgencyCode", ""))))
                .post("/plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("subject"))
                .body("errors.field", hasItem("tasks[0].leadAgencyCode"));
        as("plan-service", COORDINATOR).get("/plans").then().statusCode(200).body("size()", equalTo(plansBefore));

        JsonNode plan = DemoData.draftAndIssue(RunningStack.url("plan-service"), COORDINATOR, demoPlanWithTask(1));
        String assignmentId = (String) awaitAssignment(BAODAKNONG, plan.path("tasks").get(0).path("id").asText(), "2020-Q2").get("id");
        int reportsBefore = as("report-service", BAODAKNONG).get("/reports").then().statusCode(200).extract().path("size()");

        // wait until report-service knows the assignment (a valid body would be accepted), then send bad ones
        await("report-service knows " + assignmentId).atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() ->
                as("report-service", BAODAKNONG).get("/assignments").then().statusCode(200)
                        .extract().jsonPath().<String>getList("assignmentId").contains(assignmentId));
        as("report-service", BAODAKNONG).contentType(ContentType.JSON)
                .body(Map.of("assignmentId", assignmentId, "summary", "", "indicators", Map.of()))
                .post("/reports").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("summary"));
        as("report-service", BAODAKNONG).contentType(ContentType.JSON)
                .body(Map.of("summary", "Báo Đắk Nông đăng 12 tin, bài", "indicators", Map.of("NEWS_ARTICLES", 12)))
                .post("/reports").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("assignmentId"));
        as("report-service", BAODAKNONG).contentType(ContentType.JSON)
                .body(Map.of("assignmentId", assignmentId, "summary", "Báo Đắk Nông đăng 12 tin, bài", "indicators", Map.of("NEWS_ARTICLES", -1)))
                .post("/reports").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("indicators.NEWS_ARTICLES"));
        // another agency cannot report on this assignment
        as("report-service", CAT).contentType(ContentType.JSON)
                .body(Map.of("assignmentId", assignmentId, "summary", "Công an tỉnh báo cáo thay", "indicators", Map.of()))
                .post("/reports").then().statusCode(404).contentType("application/problem+json");
        as("report-service", BAODAKNONG).get("/reports").then().statusCode(200).body("size()", equalTo(reportsBefore));
        as("task-service", BAODAKNONG).get("/assignments/{id}", assignmentId).then().statusCode(200)
                .body("status", equalTo("ASSIGNED"));

        // a bad status filter on the inbox, and no token at all
        as("task-service", BAODAKNONG).queryParam("status", "DONE").get("/inbox").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("status"));
        given().baseUri(RunningStack.url("task-service")).get("/inbox").then().statusCode(401);
        // an officer cannot draft plans
        as("plan-service", TAPCHINAMNUNG).contentType(ContentType.JSON).body(demoPlanWithTask(1).toString())
                .post("/plans").then().statusCode(403);
    }

    @Test
    void aRedeliveredPlanIssuedAssignsNothingTwice() throws Exception {
        JsonNode plan = DemoData.draftAndIssue(RunningStack.url("plan-service"), COORDINATOR, demoPlanWithTask(1));
        String planId = plan.path("id").asText();
        String taskId = plan.path("tasks").get(0).path("id").asText();
        awaitAssignment(TAPCHINAMNUNG, taskId, null);
        long periods = inbox(TAPCHINAMNUNG).stream().filter(a -> taskId.equals(a.get("taskId"))).count();
        assertEquals(7, periods, "4 quarters, 2 half-years and the year 2020");

        ConsumerRecord<String, String> issued;
        try (KafkaEvents events = KafkaEvents.reading(Topics.PLAN)) {
            issued = events.await(EventTypes.PLAN_ISSUED, data -> planId.equals(data.path("planId").asText()), EVENTUALLY);
        }
        KafkaEvents.redeliver(issued);

        // task-service has consumed everything on the plan topic, the redelivered record included
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RunningStack.get().bootstrapServers()))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.PLAN)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(Topics.PLAN).partitions().stream().map(p -> new TopicPartition(Topics.PLAN, p.partition())).toList();
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get(30, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            await("task-service consumed the plan topic up to " + ends).atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("task-service")
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || (committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue()));
            });
        }

        long forThisTask = inbox(TAPCHINAMNUNG).stream().filter(a -> taskId.equals(a.get("taskId"))).count();
        assertEquals(periods, forThisTask, "one assignment per task, agency and period, however often PlanIssued arrives");
        // Đài PTTH leads, Báo Đắk Nông and Tạp chí Năm Nung cooperate (the plan's other recipients get its general task)
        List<Map<String, Object>> ofPlan = as("task-service", COORDINATOR).get("/plans/{planId}/assignments", planId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(3 * 7, ofPlan.stream().filter(a -> taskId.equals(a.get("taskId"))).count());
    }
}
