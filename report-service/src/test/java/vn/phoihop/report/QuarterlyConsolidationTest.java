package vn.phoihop.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static vn.phoihop.report.Assignments.PATIENCE;
import static vn.phoihop.report.DakNong.BAO;
import static vn.phoihop.report.DakNong.CUJUT_PVHTT;
import static vn.phoihop.report.DakNong.DAIPTTH;
import static vn.phoihop.report.DakNong.DEADLINE;
import static vn.phoihop.report.DakNong.EAPO;
import static vn.phoihop.report.DakNong.GIANGHIA_PVHTT;
import static vn.phoihop.report.DakNong.NAMDONG;
import static vn.phoihop.report.DakNong.STTTT;
import static vn.phoihop.report.DakNong.TAPCHI;
import static vn.phoihop.report.DakNong.VIETTEL;

/**
 * Quý II/2020 of the Đắk Nông plan: the press (the radio-TV station leading, the newspaper and the magazine
 * contributing to it) and the district culture offices report, Cư Jút's communes report under the district's own
 * plan; the department returns the station's report, which is revised and accepted; the consolidation counts the
 * latest revisions, rolls up through districts and plans, measures coverage and targets, and lists who is missing.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarterlyConsolidationTest {
    static final String SO = DevTokens.issue(STTTT, "coordinator");
    static final String DAI = DevTokens.issue(DAIPTTH, "officer");
    static final String RETURN_COMMENT = "Đề nghị Đài bổ sung số phim tài liệu đã phát sóng trong tháng 6/2020.";
    static final String DAI_SUMMARY = "Quý II/2020, Đài PT-TH tỉnh phát sóng 47 tin, bài, 6 phóng sự về phòng, chống mua bán người";
    static final List<String> DISTRICTS = List.of("GIANGHIA", "CUJUT", "DAKGLONG", "DAKMIL", "DAKRLAP", "DAKSONG",
            "KRONGNO", "TUYDUC");

    @Inject
    ServiceClock clock;

    boolean setUp;
    PlanIssued plan;
    PlanIssued district;
    final Map<String, TaskAssigned> assignments = new LinkedHashMap<>();
    String daiReport;
    JsonPath contributions;
    JsonPath beforeRevision;

    /** Once for the class (RestAssured knows the port only from the first test on, so not in @BeforeAll). */
    @BeforeEach
    void theQuarterIsReportedAndReviewed() {
        if (setUp) {
            assertNotNull(daiReport, "the scenario failed in an earlier test; see its failure");
            return;
        }
        setUp = true;
        DakNong.registerAgencies();
        plan = DakNong.provincialPlan();
        district = DakNong.districtPlan(plan.planId());
        DakNong.issue(plan);
        DakNong.issue(district);
        UUID pressTask = UUID.randomUUID();
        assign(DakNong.quarterly(plan, pressTask, DakNong.PRESS_TASK, DAIPTTH, AssignmentRole.LEAD, DAIPTTH, STTTT,
                DEADLINE, DakNong.PRESS_INDICATORS));
        for (String cooperating : List.of(BAO, TAPCHI)) {
            assign(DakNong.quarterly(plan, pressTask, DakNong.PRESS_TASK, cooperating, AssignmentRole.COOPERATING,
                    DAIPTTH, DAIPTTH, DEADLINE, DakNong.PRESS_INDICATORS));
        }
        for (String d : DISTRICTS) {
            String office = "DKN." + d + ".PVHTT";
            assign(DakNong.quarterly(plan, UUID.randomUUID(), "Phòng Văn hóa – Thông tin các huyện, thành phố", office,
                    AssignmentRole.LEAD, office, STTTT, DEADLINE, DakNong.DISTRICT_INDICATORS));
        }
        for (String telecom : List.of(VIETTEL, "DKN.VNPT", "DKN.MOBIFONE")) {
            assign(DakNong.quarterly(plan, UUID.randomUUID(), "Các doanh nghiệp viễn thông", telecom, AssignmentRole.LEAD,
                    telecom, STTTT, DakNong.TELECOM_DEADLINE, List.of("SMS_MESSAGES")));
        }
        UUID communeTask = UUID.randomUUID();
        for (String commune : List.of(EAPO, NAMDONG)) {
            assign(DakNong.quarterly(district, communeTask, "UBND các xã, thị trấn", commune, AssignmentRole.LEAD, commune,
                    CUJUT_PVHTT, DEADLINE, List.of("COMMUNITY_EVENTS", "COMMUNITY_PARTICIPANTS", "COMMUNES_REACHED")));
        }

        at("2020-06-18T09:00:00+07:00");
        String bao = submit(BAO, "Báo Đắk Nông đăng 12 tin, bài và 2 phóng sự", Map.of("NEWS_ARTICLES", 12, "REPORTAGES", 2));
        submit(TAPCHI, "Tạp chí Năm Nung đăng 5 bài", Map.of("NEWS_ARTICLES", 5));
        // the lead sees its cooperating agencies' contributions and starts its own report from their sum
        contributions = given().auth().oauth2(DAI).get("/assignments/{id}/contributions", id(DAIPTTH))
                .then().statusCode(200).extract().jsonPath();
        given().auth().oauth2(DAI).get("/reports/{id}", bao).then().statusCode(200).body("agencyCode", equalTo(BAO));
        given().auth().oauth2(DevTokens.issue(TAPCHI, "officer")).get("/reports/{id}", bao).then().statusCode(404);

        daiReport = submit(DAIPTTH, DAI_SUMMARY,
                Map.of("NEWS_ARTICLES", 47, "REPORTAGES", 6, "DOCUMENTARIES", 1, "BROADCAST_MINUTES", 240));
        submit(GIANGHIA_PVHTT, "Thành phố Gia Nghĩa tổ chức 6 buổi tuyên truyền tại cộng đồng", Map.of("COMMUNITY_EVENTS", 6,
                "COMMUNITY_PARTICIPANTS", 850, "POSTERS_BANNERS", 12, "COMMUNES_REACHED", 2, "LOCAL_RADIO_BROADCASTS", 40));
        submit(CUJUT_PVHTT, "Huyện Cư Jút tổ chức 4 buổi tuyên truyền", Map.of("COMMUNITY_EVENTS", 4,
                "COMMUNITY_PARTICIPANTS", 520, "POSTERS_BANNERS", 8, "COMMUNES_REACHED", 0, "LOCAL_RADIO_BROADCASTS", 25));
        submit(EAPO, "Xã Ea Pô tổ chức 3 buổi nói chuyện chuyên đề", Map.of("COMMUNITY_EVENTS", 3,
                "COMMUNITY_PARTICIPANTS", 300, "COMMUNES_REACHED", 1));
        submit(NAMDONG, "Xã Nam Dong tổ chức 2 buổi tuyên truyền lưu động", Map.of("COMMUNITY_EVENTS", 2,
                "COMMUNITY_PARTICIPANTS", 200, "COMMUNES_REACHED", 1));
        submit(VIETTEL, "Viettel Đắk Nông nhắn 150.000 tin nhắn cảnh báo đến thuê bao", Map.of("SMS_MESSAGES", 150000));

        // every projection caught up: plans (tree), directory (communes) and all six counted reports
        await().atMost(PATIENCE).until(() -> {
            JsonPath c = consolidation();
            return c.getInt("plans.size()") == 2 && Integer.valueOf(5).equals(c.get("coverage.communes"))
                    && c.getInt("reported") == 6 && c.getInt("expected") == 14;
        });
        beforeRevision = consolidation();

        String report = daiReport;
        daiReport = null; // set again once the review is through
        given().auth().oauth2(SO).contentType(ContentType.JSON).body(Map.of("comment", RETURN_COMMENT))
                .post("/reports/{id}/return", report).then().statusCode(200).body("status", equalTo("RETURNED"));
        at("2020-06-22T08:30:00+07:00");
        given().auth().oauth2(DAI).contentType(ContentType.JSON)
                .body(Map.of("summary", DAI_SUMMARY + "; bổ sung 2 phim tài liệu",
                        "indicators", Map.of("NEWS_ARTICLES", 47, "REPORTAGES", 6, "DOCUMENTARIES", 2, "BROADCAST_MINUTES", 240)))
                .post("/reports/{id}/revisions", report)
                .then().statusCode(201).body("revision", equalTo(2)).body("late", equalTo(true));
        given().auth().oauth2(SO).contentType(ContentType.JSON).body(Map.of("comment", "Đã tiếp nhận"))
                .post("/reports/{id}/accept", report).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        daiReport = report;
    }

    @AfterAll
    void systemClock() {
        clock.reset();
    }

    @Test
    void theLeadSeesItsCooperatingAgenciesContributionsAndTheirSum() {
        assertEquals(List.of(BAO, TAPCHI), contributions.getList("contributions.agencyCode"));
        assertEquals(17, contributions.getInt("prefill.NEWS_ARTICLES"));
        assertEquals(2, contributions.getInt("prefill.REPORTAGES"));
        assertEquals(List.of(), contributions.getList("notReported"));
        // another agency may not look at the station's contributions
        given().auth().oauth2(DevTokens.issue(BAO, "officer")).get("/assignments/{id}/contributions", id(DAIPTTH))
                .then().statusCode(404);
    }

    @Test
    void aCooperatingAgencyDoesNotReadTheOtherCooperatingAgenciesContributions() {
        // Tạp chí Năm Nung cooperates on the same task and period: its own assignment does not open the others' reports
        given().auth().oauth2(DevTokens.issue(TAPCHI, "officer")).get("/assignments/{id}/contributions", id(TAPCHI))
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.issue(BAO, "officer")).get("/assignments/{id}/contributions", id(BAO))
                .then().statusCode(404);
        // the lead reads them through its own assignment
        given().auth().oauth2(DAI).get("/assignments/{id}/contributions", id(DAIPTTH)).then().statusCode(200)
                .body("contributions.agencyCode", hasItem(BAO));
    }

    @Test
    void aPlansIndicatorsAreReadOnlyByThoseWhoReadThePlan() {
        given().auth().oauth2(SO).queryParam("planId", plan.planId()).get("/indicators").then().statusCode(200);
        given().auth().oauth2(DAI).queryParam("planId", plan.planId()).get("/indicators").then().statusCode(200);
        given().auth().oauth2(DevTokens.issue("DKN.CAT", "coordinator")).queryParam("planId", plan.planId()).get("/indicators")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(SO).queryParam("planId", UUID.randomUUID()).get("/indicators").then().statusCode(404);
        // the shared catalogue stays open to every agency
        given().auth().oauth2(DevTokens.issue("DKN.CAT", "coordinator")).get("/indicators").then().statusCode(200);
    }

    @Test
    void theReturnedReportKeepsItsHistoryAndTheReviewIsPublished() {
        given().auth().oauth2(DAI).get("/reports/{id}", daiReport).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("revision", equalTo(2))
                .body("late", equalTo(true))
                .body("indicators.DOCUMENTARIES", equalTo(2))
                .body("revisions.revision", equalTo(List.of(1, 2)))
                .body("revisions[0].indicators.DOCUMENTARIES", equalTo(1))
                .body("revisions[0].late", equalTo(false))
                .body("revisions[0].decision", equalTo("RETURNED"))
                .body("revisions[0].reviewComment", equalTo(RETURN_COMMENT))
                .body("revisions[0].reviewerCode", equalTo(STTTT))
                .body("revisions[1].decision", equalTo("ACCEPTED"))
                .body("revisions[1].summary", equalTo(DAI_SUMMARY + "; bổ sung 2 phim tài liệu"));

        // accepted is final
        given().auth().oauth2(DAI).contentType(ContentType.JSON).body(Map.of("summary", "lần 3"))
                .post("/reports/{id}/revisions", daiReport).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(SO).contentType(ContentType.JSON).body(Map.of("comment", "x"))
                .post("/reports/{id}/return", daiReport).then().statusCode(409);
        // only the receiver reviews; a stranger does not even see the report
        given().auth().oauth2(DevTokens.issue("DKN.CAT", "coordinator")).contentType(ContentType.JSON).body(Map.of())
                .post("/reports/{id}/accept", daiReport).then().statusCode(404);
        given().auth().oauth2(DAI).contentType(ContentType.JSON).body(Map.of())
                .post("/reports/{id}/accept", daiReport).then().statusCode(403);

        try (KafkaEvents events = KafkaEvents.reading(Topics.REPORT)) {
            JsonNode submitted = data(events.await(EventTypes.REPORT_SUBMITTED, d -> daiReport.equals(d.path("reportId").asText()), PATIENCE),
                    EventTypes.REPORT_SUBMITTED);
            assertEquals(1, submitted.path("revision").asInt());
            assertEquals(1, submitted.path("indicators").path("DOCUMENTARIES").asInt());
            assertEquals(47, submitted.path("indicators").path("NEWS_ARTICLES").asInt());
            assertEquals(false, submitted.path("late").asBoolean());
            JsonNode returned = data(events.await(EventTypes.REPORT_RETURNED, d -> daiReport.equals(d.path("reportId").asText()), PATIENCE),
                    EventTypes.REPORT_RETURNED);
            assertEquals(RETURN_COMMENT, returned.path("comment").asText());
            assertEquals(STTTT, returned.path("reviewerCode").asText());
            JsonNode revised = data(events.await(EventTypes.REPORT_REVISED, d -> daiReport.equals(d.path("reportId").asText()), PATIENCE),
                    EventTypes.REPORT_REVISED);
            assertEquals(2, revised.path("revision").asInt());
            assertEquals(true, revised.path("late").asBoolean());
            assertEquals(2, revised.path("indicators").path("DOCUMENTARIES").asInt());
            JsonNode accepted = data(events.await(EventTypes.REPORT_ACCEPTED, d -> daiReport.equals(d.path("reportId").asText()), PATIENCE),
                    EventTypes.REPORT_ACCEPTED);
            assertEquals(2, accepted.path("revision").asInt());
        }
    }

    @Test
    void theConsolidationCountsTheLatestRevisionsRollsUpAndListsWhoIsMissing() {
        assertEquals(1, beforeRevision.getInt("indicators.find { it.code == 'DOCUMENTARIES' }.total"));
        JsonPath c = consolidation();
        assertEquals("15/KH-STTTT", c.getString("planNumber"));
        assertEquals("Sở Thông tin và Truyền thông tỉnh Đắk Nông", c.getString("issuerName"));
        assertEquals("Quý II/2020", c.getString("periodLabel"));
        assertEquals(14, c.getInt("expected"));
        assertEquals(6, c.getInt("reported"));
        Map<String, Integer> totals = new LinkedHashMap<>();
        c.getList("indicators", Map.class).forEach(t -> totals.put((String) t.get("code"), ((Number) t.get("total")).intValue()));
        assertEquals(Map.of("NEWS_ARTICLES", 47, "REPORTAGES", 6, "DOCUMENTARIES", 2, "BROADCAST_MINUTES", 240,
                "LOCAL_RADIO_BROADCASTS", 65, "SMS_MESSAGES", 150000, "POSTERS_BANNERS", 20, "COMMUNITY_EVENTS", 15,
                "COMMUNITY_PARTICIPANTS", 1870, "COMMUNES_REACHED", 4), totals);
        // the cooperating press agencies are counted through the station's report, never twice
        assertEquals(Map.of(DAIPTTH, 47), c.getMap("indicators.find { it.code == 'NEWS_ARTICLES' }.byAgency"));
        assertEquals(4, c.getInt("indicators.find { it.code == 'COMMUNITY_EVENTS' }.agencies"));

        // roll-up: Cư Jút's figures include its communes' (district plan), the province's include everything
        assertEquals(9, c.getInt("units.find { it.agencyCode == 'DKN.CUJUT' }.rolledUp.COMMUNITY_EVENTS"));
        assertEquals(2, c.getInt("units.find { it.agencyCode == 'DKN.CUJUT' }.rolledUp.COMMUNES_REACHED"));
        assertEquals(3, c.getInt("units.find { it.agencyCode == 'DKN.CUJUT' }.communes"));
        assertEquals(4, c.getInt("units.find { it.agencyCode == 'DKN.CUJUT.PVHTT' }.own.COMMUNITY_EVENTS"));
        assertEquals(15, c.getInt("units.find { it.agencyCode == 'DKN.UBND' }.rolledUp.COMMUNITY_EVENTS"));
        assertEquals(47, c.getInt("units.find { it.agencyCode == 'DKN.UBND' }.rolledUp.NEWS_ARTICLES"));
        assertEquals(List.of("ACCEPTED"), c.getList("units.find { it.agencyCode == 'DKN.DAIPTTH' }.statuses"));
        assertEquals(1, c.getInt("units.find { it.agencyCode == 'DKN.DAIPTTH' }.lateReports"));

        // coverage: 4 of the 5 communes in the directory (the commune radio station is no commune)
        assertEquals(4, c.getInt("coverage.reached"));
        assertEquals(5, c.getInt("coverage.communes"));
        assertEquals(80, c.getInt("coverage.percent"));
        assertEquals(80, c.getInt("targets.find { it.indicatorCode == 'COMMUNES_REACHED' }.actual"));
        assertEquals(DakNong.COMMUNES_TARGET, c.getString("targets.find { it.indicatorCode == 'COMMUNES_REACHED' }.description"));
        assertEquals(47, c.getInt("targets.find { it.indicatorCode == 'NEWS_ARTICLES' }.actual"));
        assertEquals(23.5f, c.getFloat("targets.find { it.indicatorCode == 'NEWS_ARTICLES' }.percentOfGoal"));

        // missing: six district offices overdue since 20/6, then the two telecom companies due 25/6
        List<String> missing = c.getList("notReported.agencyCode");
        assertEquals(List.of("DKN.DAKGLONG.PVHTT", "DKN.DAKMIL.PVHTT", "DKN.DAKRLAP.PVHTT", "DKN.DAKSONG.PVHTT",
                "DKN.KRONGNO.PVHTT", "DKN.TUYDUC.PVHTT", "DKN.MOBIFONE", "DKN.VNPT"), missing);
        assertEquals(List.of(true, true, true, true, true, true, false, false), c.getList("notReported.overdue"));
        assertEquals("Phòng Văn hóa – Thông tin huyện Đắk R'Lấp", c.getString("notReported[2].name"));

        // another period has nothing yet
        given().auth().oauth2(SO).get("/plans/{id}/consolidation?period=2020-Q3", plan.planId())
                .then().statusCode(200).body("expected", equalTo(0)).body("reported", equalTo(0));
    }

    @Test
    void aPlanLinkedUnderAPlanItsIssuerTakesNoPartInAddsNothingToThatConsolidation() {
        // linked before plan-service checked parents: the provincial police's plan under the Sở's plan, in which the
        // police has no task; its figures must not reach the Sở's consolidation
        String police = "DKN.CAT";
        PlanIssued linked = new PlanIssued(UUID.randomUUID(), "21/KH-CAT", police,
                "Tuyên truyền phòng, chống mua bán người trong lực lượng Công an tỉnh năm 2020", LocalDate.of(2020, 4, 25),
                List.of(), "KH", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), plan.planId(), null, List.of(), 1);
        DakNong.issue(linked);
        TaskAssigned own = Assignments.assign(DakNong.quarterly(linked, UUID.randomUUID(), "Công an các huyện, thành phố",
                police, AssignmentRole.LEAD, police, police, DEADLINE, DakNong.DISTRICT_INDICATORS));
        Assignments.submitWhenKnown(DevTokens.issue(police, "officer"), Map.of("assignmentId", own.assignmentId().toString(),
                        "summary", "Công an tỉnh tổ chức 1.000 buổi tuyên truyền", "indicators", Map.of("COMMUNITY_EVENTS", 1000)))
                .then().statusCode(201);
        // the police's own consolidation counts it once its plan (with the link) is known here
        String policeCoordinator = DevTokens.issue(police, "coordinator");
        await().atMost(PATIENCE).until(() -> {
            JsonPath view = given().auth().oauth2(policeCoordinator)
                    .get("/plans/{id}/consolidation?period=2020-Q2", linked.planId()).then().statusCode(200).extract().jsonPath();
            return "21/KH-CAT".equals(view.getString("planNumber")) && view.getInt("reported") == 1;
        });

        JsonPath c = consolidation();
        assertEquals(List.of(plan.planId().toString(), district.planId().toString()).stream().sorted().toList(),
                c.getList("plans", String.class).stream().sorted().toList(), "the province's plan and Cư Jút's only");
        assertEquals(15, c.getInt("indicators.find { it.code == 'COMMUNITY_EVENTS' }.total"));
        assertEquals(14, c.getInt("expected"));
        assertEquals(6, c.getInt("reported"));
    }

    @Test
    void onlyTheIssuerConsolidatesAndThePeriodIsChecked() {
        given().auth().oauth2(DevTokens.issue("DKN.CAT", "coordinator"))
                .get("/plans/{id}/consolidation?period=2020-Q2", plan.planId()).then().statusCode(404);
        given().auth().oauth2(DevTokens.issue(STTTT, "officer"))
                .get("/plans/{id}/consolidation?period=2020-Q2", plan.planId()).then().statusCode(403);
        given().auth().oauth2(DevTokens.issue("DKN.UBND", "admin"))
                .get("/plans/{id}/consolidation?period=2020-Q2", plan.planId()).then().statusCode(200).body("reported", equalTo(6));
        for (String period : List.of("Quý II/2020", "2020-Q5")) {
            given().auth().oauth2(SO).queryParam("period", period).get("/plans/{id}/consolidation", plan.planId())
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("period"));
        }
        given().auth().oauth2(SO).get("/plans/{id}/consolidation", plan.planId())
                .then().statusCode(400).body("errors.field", hasItem("period"));
        // the officer of a district lists its own report but not the others'
        given().auth().oauth2(DevTokens.issue(GIANGHIA_PVHTT, "officer")).get("/reports").then().statusCode(200)
                .body("agencyCode", not(hasItem(DAIPTTH)));
    }

    @Test
    void theCsvOpensInExcelWithEveryDiacriticIntact() {
        Response csv = given().auth().oauth2(SO).get("/plans/{id}/consolidation.csv?period=2020-Q2", plan.planId());
        csv.then().statusCode(200).contentType("text/csv");
        byte[] bytes = csv.asByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = List.of(text.split("\r\n"));
        assertTrue(lines.get(0).startsWith("\"Kết quả thực hiện Kế hoạch số 15/KH-STTTT về thông tin, tuyên truyền phòng, chống mua bán người"), lines.get(0));
        assertTrue(lines.contains("Đơn vị tổng hợp,Sở Thông tin và Truyền thông tỉnh Đắk Nông"), text);
        assertTrue(text.contains(",Đài Phát thanh và Truyền hình tỉnh Đắk Nông,DKN.DAIPTTH,Đã tiếp nhận (nộp muộn),47,6,2,240,,,,,,\r\n"), text);
        assertTrue(text.contains("Ủy ban nhân dân xã Ea Pô,DKN.CUJUT.EAPO"), text);
        assertTrue(text.contains("\"Tin, bài đã đăng, phát (tin, bài)\""), text);
        assertTrue(lines.contains(",Tổng cộng,,,47,6,2,240,65,150000,20,15,1870,4"), text);
        assertTrue(lines.contains("3,Phòng Văn hóa – Thông tin huyện Đắk R'Lấp,DKN.DAKRLAP.PVHTT,"
                + "\"Phòng Văn hóa – Thông tin các huyện, thành phố\",20/06/2020,Quá hạn"), text);
        assertTrue(csv.header("Content-Disposition").contains("filename*=UTF-8''T%E1%BB%95ng%20h%E1%BB%A3p%2015-KH-STTTT%202020-Q2.csv"),
                csv.header("Content-Disposition"));
    }

    @Test
    void theWorkbookHasTheNumbersAsNumbersAndTheNamesIntact() throws Exception {
        byte[] xlsx = given().auth().oauth2(SO).get("/plans/{id}/consolidation.xlsx?period=2020-Q2", plan.planId())
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = workbook.getSheet("Tổng hợp");
            Map<String, Row> rowsByName = new LinkedHashMap<>();
            Row header = null;
            for (Row row : summary) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING) {
                    rowsByName.put(row.getCell(1).getStringCellValue(), row);
                }
                if (row.getCell(0) != null && "STT".equals(row.getCell(0).getStringCellValue())) {
                    header = row;
                }
            }
            assertNotNull(header);
            assertEquals("Tin, bài đã đăng, phát (tin, bài)", header.getCell(4).getStringCellValue());
            assertEquals("Thời lượng phát sóng (phút)", header.getCell(7).getStringCellValue());
            assertEquals(47.0, rowsByName.get("Tổng cộng").getCell(4).getNumericCellValue());
            assertEquals(1870.0, rowsByName.get("Tổng cộng").getCell(12).getNumericCellValue());
            assertEquals(47.0, rowsByName.get("Đài Phát thanh và Truyền hình tỉnh Đắk Nông").getCell(4).getNumericCellValue());
            assertEquals("Đã tiếp nhận (nộp muộn)", rowsByName.get("Đài Phát thanh và Truyền hình tỉnh Đắk Nông").getCell(3).getStringCellValue());
            assertEquals(3.0, rowsByName.get("Ủy ban nhân dân xã Ea Pô").getCell(11).getNumericCellValue());
            List<String> missing = new java.util.ArrayList<>();
            workbook.getSheet("Chưa báo cáo").forEach(row -> missing.add(row.getCell(1).getStringCellValue()));
            assertEquals(List.of("Đơn vị", "Phòng Văn hóa – Thông tin huyện Đắk Glong", "Phòng Văn hóa – Thông tin huyện Đắk Mil",
                    "Phòng Văn hóa – Thông tin huyện Đắk R'Lấp", "Phòng Văn hóa – Thông tin huyện Đắk Song",
                    "Phòng Văn hóa – Thông tin huyện Krông Nô", "Phòng Văn hóa – Thông tin huyện Tuy Đức",
                    "MobiFone tỉnh Đắk Nông", "Viễn thông Đắk Nông (VNPT Đắk Nông)"), missing);
            Sheet targets = workbook.getSheet("Chỉ tiêu kế hoạch");
            assertEquals(DakNong.COMMUNES_TARGET, targets.getRow(1).getCell(1).getStringCellValue());
            assertEquals(80.0, targets.getRow(1).getCell(5).getNumericCellValue());
        }
    }

    @Test
    void theDocxIsTheOfficialConsolidatedReportWithTheRightNumbers() throws Exception {
        byte[] docx = given().auth().oauth2(SO).get("/plans/{id}/consolidation.docx?period=2020-Q2", plan.planId())
                .then().statusCode(200).extract().asByteArray();
        // kept for a look by hand (LibreOffice renders it to PDF); the assertions below do not need it
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "bao-cao-tong-hop-2020-Q2.docx"), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFTable> tables = doc.getTables();
            List<String> heading = cells(tables.get(0));
            assertEquals(List.of("UBND TỈNH ĐẮK NÔNG\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\n\nSố:        /BC-STTTT",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nĐắk Nông, ngày …… tháng …… năm ……"), heading);
            // the document's runs are Times New Roman, as a Sở's documents are
            XWPFParagraph title = doc.getParagraphs().stream().filter(p -> "BÁO CÁO".equals(p.getText())).findFirst().orElseThrow();
            assertEquals("Times New Roman", title.getRuns().get(0).getFontFamily());
            assertTrue(title.getRuns().get(0).isBold());
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(paragraphs.contains("BÁO CÁO"), paragraphs.toString());
            assertTrue(paragraphs.contains("Kết quả thực hiện Kế hoạch số 15/KH-STTTT về " + DakNong.SUBJECT.substring(0, 1).toLowerCase()
                    + DakNong.SUBJECT.substring(1) + ", Quý II/2020"), paragraphs.toString());
            assertTrue(paragraphs.contains("Thực hiện Kế hoạch số 15/KH-STTTT, Sở Thông tin và Truyền thông tổng hợp kết quả thực hiện "
                    + "Quý II/2020 của các cơ quan, đơn vị như sau:"), paragraphs.toString());
            assertTrue(paragraphs.contains("Số cơ quan, đơn vị đã gửi báo cáo: 6/14."), paragraphs.toString());
            assertTrue(paragraphs.contains("Số xã, phường, thị trấn được tuyên truyền: 4/5 (80%)."), paragraphs.toString());
            List<String> totals = rowWith(tables.get(1), "Tin, bài đã đăng, phát");
            assertEquals(List.of("1", "Tin, bài đã đăng, phát", "tin, bài", "47", "1"), totals);
            assertEquals(List.of("5", "Lượt phát trên Đài truyền thanh cơ sở", "lượt", "65", "2"),
                    rowWith(tables.get(1), "Lượt phát trên Đài truyền thanh cơ sở"));
            assertEquals(List.of("4", "Đài Phát thanh và Truyền hình tỉnh Đắk Nông", "Đã tiếp nhận (nộp muộn)",
                    "Tin, bài đã đăng, phát: 47 tin, bài; Phóng sự: 6 phóng sự; Phim tài liệu: 2 phim; Thời lượng phát sóng: 240 phút"),
                    rowWith(tables.get(2), "Đài Phát thanh và Truyền hình tỉnh Đắk Nông"));
            assertEquals("Hoạt động truyền thông tại cộng đồng: 3 buổi; Lượt người tham dự hoạt động tại cộng đồng: 300 lượt người; "
                    + "Xã, phường, thị trấn được tuyên truyền: 1 xã", rowWith(tables.get(2), "Ủy ban nhân dân xã Ea Pô").get(3));
            assertEquals(List.of("1", DakNong.COMMUNES_TARGET, "100", "%", "80", "80"), rowWith(tables.get(3), DakNong.COMMUNES_TARGET));
            assertEquals(List.of("3", "Phòng Văn hóa – Thông tin huyện Đắk R'Lấp", "Phòng Văn hóa – Thông tin các huyện, thành phố",
                    "20/06/2020", "Quá hạn"), rowWith(tables.get(4), "Phòng Văn hóa – Thông tin huyện Đắk R'Lấp"));
            List<String> closing = cells(tables.get(tables.size() - 1));
            assertTrue(closing.get(0).startsWith("Nơi nhận:\n- UBND tỉnh Đắk Nông (b/c);"), closing.get(0));
            assertTrue(closing.get(0).endsWith("- Lưu: VT."), closing.get(0));
            assertTrue(closing.get(1).startsWith("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"), closing.get(1));
        }
    }

    private static List<String> cells(XWPFTable table) {
        return table.getRow(0).getTableCells().stream().map(QuarterlyConsolidationTest::text).toList();
    }

    /** The cell's paragraphs, one a line. */
    private static String text(XWPFTableCell cell) {
        return String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }

    private static List<String> rowWith(XWPFTable table, String text) {
        return table.getRows().stream().map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList())
                .filter(cells -> cells.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text));
    }

    JsonPath consolidation() {
        return given().auth().oauth2(SO).get("/plans/{id}/consolidation?period=2020-Q2", plan.planId())
                .then().statusCode(200).extract().jsonPath();
    }

    private void assign(TaskAssigned task) {
        assignments.put(task.agencyCode(), Assignments.assign(task));
    }

    UUID id(String agency) {
        return assignments.get(agency).assignmentId();
    }

    private String submit(String agency, String summary, Map<String, Object> indicators) {
        Response response = Assignments.submitWhenKnown(DevTokens.issue(agency, "officer"),
                Map.of("assignmentId", id(agency).toString(), "summary", summary, "indicators", indicators));
        return response.then().statusCode(201).body("late", equalTo(false)).extract().path("id");
    }

    private void at(String time) {
        clock.set(Clock.fixed(OffsetDateTime.parse(time).toInstant(), ServiceClock.ZONE));
    }

    private static JsonNode data(ConsumerRecord<String, String> record, String type) {
        assertEquals(DAIPTTH, record.key(), "report events are keyed by the reporting agency");
        JsonNode data = KafkaEvents.data(record);
        assertEquals(List.of(), EventSchemas.problems(type, data));
        return data;
    }

}
