package vn.phoihop.task;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.ReportSubmitted;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Điện Biên 2021–2025 plan: dated assignments per agency and period, inbox, buckets and calendar feed. */
@QuarkusTest
class DienBienAssignmentTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Directory.dakNong();
    }

    static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ServiceClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static void send(UUID planId, String type, Object payload) {
        KafkaEvents.send(TestEvents.event(Topics.PLAN, planId.toString(), type, null, payload));
    }

    /** The plan's assignments as its issuer sees them, once {@code ready} holds for them. */
    static List<Map<String, Object>> awaitPlan(DienBienPlan p, java.util.function.Predicate<List<Map<String, Object>>> ready) {
        String issuer = DevTokens.issue(p.ubnd, "coordinator");
        await().atMost(WAIT).until(() -> {
            Response r = given().auth().oauth2(issuer).get("/plans/{id}/assignments", p.planId);
            return r.statusCode() == 200 && ready.test(r.jsonPath().getList("$"));
        });
        return given().auth().oauth2(issuer).get("/plans/{id}/assignments", p.planId).then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    static List<Map<String, Object>> awaitPlan(DienBienPlan p, int count) {
        return awaitPlan(p, all -> all.size() >= count);
    }

    static Map<String, Object> find(List<Map<String, Object>> all, String agency, String period, UUID taskId) {
        return all.stream().filter(a -> agency.equals(a.get("agencyCode")) && period.equals(a.get("periodKey"))
                && taskId.toString().equals(a.get("taskId"))).findFirst().orElseThrow(() -> new AssertionError(agency + " " + period));
    }

    @Test
    void eachAgencyGetsItsDatedAssignmentsForEveryPeriod() {
        DienBienPlan p = new DienBienPlan();
        PlanIssued plan = p.issued();
        send(p.planId, EventTypes.PLAN_ISSUED, plan);
        List<Map<String, Object>> all = awaitPlan(p, 180);
        assertEquals(180, all.size()); // task 1: 3 agencies × 20 quarters; task 2: 2 agencies × 60 months

        Map<String, Object> lead = find(all, p.sldtbxh, "2022-Q1", p.task1);
        assertEquals("Quý I/2022", lead.get("periodLabel"));
        assertEquals("2021-12-15", lead.get("dataFrom"));
        assertEquals("2022-03-14", lead.get("dataTo"));
        assertEquals("2022-03-20", lead.get("deadline"));
        assertEquals(p.ubnd, lead.get("reportToCode"));
        assertEquals("LEAD", lead.get("role"));
        assertEquals(List.of("XA_TUYEN_TRUYEN", "CO_SO_KIEM_TRA"), lead.get("indicatorCodes"));
        Map<String, Object> health = find(all, p.syt, "2022-Q1", p.task1);
        assertEquals("2022-03-16", health.get("deadline"));
        assertEquals(p.sldtbxh, health.get("reportToCode"));
        assertEquals(p.sldtbxh, health.get("leadAgencyCode"));
        assertEquals("2022-02-05", find(all, p.cat, "2022-M01", p.task2).get("deadline"));
        assertEquals("2022-01-26", find(all, p.bdbp, "2022-M01", p.task2).get("deadline")); // before Tết Nhâm Dần
        assertEquals("2025-12-20", find(all, p.sldtbxh, "2025-Q4", p.task1).get("deadline"));

        try (KafkaEvents events = KafkaEvents.reading(Topics.TASK)) {
            ConsumerRecord<String, String> record = events.await(EventTypes.TASK_ASSIGNED,
                    d -> d.path("assignmentId").asText().equals(health.get("id")), WAIT);
            assertEquals(p.syt, record.key());
            var data = KafkaEvents.data(record);
            assertEquals(List.of(), EventSchemas.problems(EventTypes.TASK_ASSIGNED, data));
            assertEquals("2022-Q1", data.path("periodKey").asText());
            assertEquals("Quý I/2022", data.path("periodLabel").asText());
            assertEquals(p.sldtbxh, data.path("reportToCode").asText());
            assertEquals(p.sldtbxh, data.path("leadAgencyCode").asText());
            assertEquals(p.quarterly.toString(), data.path("obligationId").asText());
            assertEquals("2022-03-16", data.path("deadline").asText());
        }

        // each agency's inbox holds exactly its own, nearest deadline first
        String healthOfficer = DevTokens.issue(p.syt, "officer");
        List<Map<String, Object>> inbox = given().auth().oauth2(healthOfficer).get("/inbox")
                .then().statusCode(200).header("X-Total-Count", "20")
                .body("agencyCode", everyItem(equalTo(p.syt))).extract().jsonPath().getList("$");
        assertEquals("2021-Q1", inbox.get(0).get("periodKey"));
        assertEquals("2021-03-17", inbox.get(0).get("deadline"));
        assertEquals("2025-Q4", inbox.get(19).get("periodKey"));
        given().auth().oauth2(DevTokens.issue(p.cat, "officer")).get("/inbox").then().statusCode(200)
                .header("X-Total-Count", "80").body("agencyCode", everyItem(equalTo(p.cat)));
        given().auth().oauth2(DevTokens.issue(p.cat, "officer")).get("/inbox?period=2022-M01")
                .then().statusCode(200).header("X-Total-Count", "1").body("[0].deadline", equalTo("2022-02-05"))
                .body("[0].reportToCode", equalTo(p.sldtbxh)).body("[0].periodLabel", equalTo("Tháng 1/2022"));
        given().auth().oauth2(DevTokens.issue(p.cat, "officer"))
                .get("/inbox?dueAfter=2022-03-01&dueBefore=2022-03-31&size=2&page=0")
                .then().statusCode(200).header("X-Total-Count", "2") // 2022-M02 (05/03) and 2022-Q1 (16/03)
                .body("deadline", equalTo(List.of("2022-03-05", "2022-03-16")));
        given().auth().oauth2(DevTokens.issue(p.cat, "officer")).get("/assignments/{id}", lead.get("id")).then().statusCode(404);
    }

    @Test
    void bucketsCountOnTimeLateNotYetDueAndOverdue() {
        DienBienPlan p = new DienBienPlan();
        clock.set(Clock.fixed(OffsetDateTime.parse("2022-03-18T10:00:00+07:00").toInstant(), ServiceClock.ZONE));
        send(p.planId, EventTypes.PLAN_ISSUED, p.issued());
        List<Map<String, Object>> all = awaitPlan(p, 180);
        Map<String, Object> q1 = find(all, p.syt, "2021-Q1", p.task1);   // due 17/03/2021
        Map<String, Object> q2 = find(all, p.syt, "2021-Q2", p.task1);   // due 16/06/2021
        report(p.syt, q1, p.planId, Instant.parse("2021-03-17T09:00:00Z"));  // 16:00 in Hà Nội on the day: on time
        report(p.syt, q2, p.planId, Instant.parse("2021-06-16T17:00:00Z"));  // 00:00 on 17/06 in Hà Nội: late

        String healthOfficer = DevTokens.issue(p.syt, "officer");
        await().atMost(WAIT).until(() -> given().auth().oauth2(healthOfficer).get("/inbox?status=SUBMITTED")
                .then().extract().header("X-Total-Count").equals("2"));
        // on 18/03/2022: 2021-Q1 on time, 2021-Q2 late, 2021-Q3, Q4 and 2022-Q1 (due 16/03) overdue, 15 to come
        given().auth().oauth2(healthOfficer).get("/inbox/counts").then().statusCode(200)
                .body("doneOnTime", equalTo(1)).body("doneLate", equalTo(1))
                .body("overdue", equalTo(3)).body("notYetDue", equalTo(15)).body("total", equalTo(20));
        given().auth().oauth2(healthOfficer).get("/inbox?bucket=OVERDUE").then().statusCode(200)
                .body("periodKey", equalTo(List.of("2021-Q3", "2021-Q4", "2022-Q1")))
                .body("bucket", everyItem(equalTo("OVERDUE")));
        given().auth().oauth2(healthOfficer).get("/inbox?bucket=DONE_LATE").then().statusCode(200)
                .body("periodKey", equalTo(List.of("2021-Q2")));

        // the issuer's views: per agency in the plan, the overdue list, the matrix
        String issuer = DevTokens.issue(p.ubnd, "coordinator");
        List<Map<String, Object>> perAgency = given().auth().oauth2(issuer).get("/plans/{id}/counts", p.planId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> healthCounts = perAgency.stream().filter(c -> p.syt.equals(c.get("key"))).findFirst().orElseThrow();
        assertEquals(3, healthCounts.get("overdue"));
        assertEquals(1, healthCounts.get("doneLate"));
        assertEquals(Set.of(p.sldtbxh, p.cat, p.syt, p.bdbp),
                perAgency.stream().map(c -> (String) c.get("key")).collect(Collectors.toSet()));
        given().auth().oauth2(issuer).get("/issued/counts?by=plan").then().statusCode(200)
                .body("[0].key", equalTo(DienBienPlan.NUMBER)).body("[0].total", equalTo(180));
        given().auth().oauth2(issuer).queryParam("plan", p.planId).get("/issued/overdue").then().statusCode(200)
                .body("bucket", everyItem(equalTo("OVERDUE")))
                .body("findAll { it.agencyCode == '" + p.syt + "' }.periodKey", equalTo(List.of("2021-Q3", "2021-Q4", "2022-Q1")));
        Response matrix = given().auth().oauth2(issuer).get("/plans/{id}/matrix", p.planId);
        matrix.then().statusCode(200)
                .body("periods.size()", equalTo(80)) // 20 quarters and 60 months, in time order
                .body("periods[0].key", equalTo("2021-M01"))
                .body("rows.size()", equalTo(5))
                .body("rows.find { it.agencyCode == '" + p.syt + "' }.cells.'2021-Q1'.status", equalTo("SUBMITTED"))
                .body("rows.find { it.agencyCode == '" + p.syt + "' }.cells.'2021-Q2'.bucket", equalTo("DONE_LATE"))
                .body("rows.find { it.agencyCode == '" + p.syt + "' }.cells.'2022-Q1'.bucket", equalTo("OVERDUE"))
                .body("rows.find { it.agencyCode == '" + p.syt + "' }.cells.size()", equalTo(20));
        given().auth().oauth2(DevTokens.issue(p.syt, "coordinator")).get("/plans/{id}/matrix", p.planId).then().statusCode(404);
        given().auth().oauth2(healthOfficer).get("/issued/overdue").then().statusCode(403);
    }

    static void report(String agency, Map<String, Object> assignment, UUID planId, Instant at) {
        KafkaEvents.send(TestEvents.event(Topics.REPORT, agency, EventTypes.REPORT_SUBMITTED, agency,
                new ReportSubmitted(UUID.randomUUID(), UUID.fromString((String) assignment.get("id")), planId, agency,
                        (String) assignment.get("issuerCode"), "Báo cáo " + assignment.get("periodLabel"), at)));
    }

    @Test
    void theCalendarFeedHoldsTheAgencysOwnDeadlinesUntilItsTokenIsRevoked() {
        DienBienPlan p = new DienBienPlan();
        send(p.planId, EventTypes.PLAN_ISSUED, p.issued());
        List<Map<String, Object>> all = awaitPlan(p, 180);
        String healthOfficer = DevTokens.issue(p.syt, "officer");
        // the feed names agencies as people do, by the names the directory gives them
        Directory.announce(p.ubnd, "Ủy ban nhân dân tỉnh Điện Biên");
        Directory.announce(p.sldtbxh, "Sở Lao động - Thương binh và Xã hội tỉnh Điện Biên");

        Response created = given().auth().oauth2(healthOfficer).contentType("application/json")
                .body("{\"label\": \"Lịch của Văn phòng Sở\"}").post("/calendar-tokens");
        created.then().statusCode(201);
        String token = created.jsonPath().getString("token");
        String id = created.jsonPath().getString("id");
        assertTrue(created.jsonPath().getString("url").endsWith("/calendar/" + token + ".ics"));

        Response feed = given().get("/calendar/{token}.ics", token);
        feed.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/calendar"));
        String ics = new String(feed.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics.substring(0, 40));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        assertEquals(0, ics.replace("\r\n", "").indexOf('\n') + 1, "only CRLF line ends");
        String unfolded = ics.replace("\r\n ", "");
        Set<String> uids = Arrays.stream(unfolded.split("\r\n")).filter(l -> l.startsWith("UID:"))
                .map(l -> l.substring(4, l.indexOf('@'))).collect(Collectors.toSet());
        Set<String> own = all.stream().filter(a -> p.syt.equals(a.get("agencyCode"))).map(a -> (String) a.get("id"))
                .collect(Collectors.toSet());
        assertEquals(own, uids); // its 20 deadlines, nobody else's
        assertTrue(unfolded.contains("DTSTART;VALUE=DATE:20220316\r\nDTEND;VALUE=DATE:20220317\r\n"
                + "SUMMARY:Hạn báo cáo Quý I/2022: Sở Lao động - Thương binh và Xã hội (Kế hoạch số 4256/KH-UBND)\r\n"), unfolded);
        assertTrue(unfolded.contains("DESCRIPTION:Kế hoạch số 4256/KH-UBND\\, cơ quan ban hành Ủy ban nhân dân tỉnh Điện Biên"
                + "\\nPhối hợp (chủ trì: Sở Lao động - Thương binh và Xã hội tỉnh Điện Biên)\\nGửi báo cáo cho: "
                + "Sở Lao động - Thương binh và Xã hội tỉnh Điện Biên"
                + "\\nSố liệu từ ngày 15/12/2021 đến ngày 14/03/2022\\nHạn: 16/03/2022"), unfolded);

        given().auth().oauth2(healthOfficer).get("/calendar-tokens").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.label", equalTo("Lịch của Văn phòng Sở"))
                .body("find { it.id == '" + id + "' }.token", equalTo(null));
        given().auth().oauth2(DevTokens.issue(p.cat, "officer")).delete("/calendar-tokens/{id}", id).then().statusCode(404);
        given().get("/calendar/{token}.ics", token).then().statusCode(200);
        given().auth().oauth2(healthOfficer).delete("/calendar-tokens/{id}", id).then().statusCode(204);
        given().get("/calendar/{token}.ics", token).then().statusCode(404);
        given().get("/calendar/{token}.ics", "not-a-token").then().statusCode(404);
        given().post("/calendar-tokens").then().statusCode(401);
    }
}
