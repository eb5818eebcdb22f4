package vn.phoihop.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventJson;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DemoData;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three source documents, entered as fixtures, come back through the API exactly as written. */
@QuarkusTest
class DocumentFixturesTest {

    @BeforeEach
    void directory() {
        Agencies.ensureDemoDirectories();
    }

    static JsonNode json(String body) {
        try {
            return EventJson.MAPPER.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** Drafts the fixture as its issuer's coordinator and checks every field of the answer and of a re-read. */
    static JsonNode draftAndCompare(JsonNode fixture) {
        String coordinator = DevTokens.issue(fixture.path("issuerCode").asText(), "coordinator");
        JsonNode drafted = json(given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(fixture.toString())
                .post("/plans").then().statusCode(201).body("status", equalTo("DRAFT")).extract().asString());
        JsonContains.assertContains(fixture, drafted, Set.of("issue"));
        JsonNode read = json(given().auth().oauth2(coordinator).get("/plans/{id}", drafted.path("id").asText())
                .then().statusCode(200).extract().asString());
        JsonContains.assertContains(fixture, read, Set.of("issue"));
        return read;
    }

    static JsonNode issue(JsonNode fixture, String id, String body) {
        String coordinator = DevTokens.issue(fixture.path("issuerCode").asText(), "coordinator");
        var request = given().auth().oauth2(coordinator);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return json(request.post("/plans/{id}/issue", id).then().statusCode(200).extract().asString());
    }

    @Test
    void dakNong2020RoundTripsAndIsIssuedWithItsPeriodicReports() {
        JsonNode fixture = DemoData.plan("plan-dak-nong-2020.json");
        JsonNode draft = draftAndCompare(fixture);
        assertEquals("Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020", draft.path("subject").asText());
        // the plan sets no submission deadline for its quarterly, 6-monthly and yearly reports: a warning, not an error
        assertTrue(draft.path("warnings").findValuesAsText("field").contains("tasks[1].obligations[0].submissionRule"), draft.path("warnings").toString());

        String id = draft.path("id").asText();
        JsonNode issued = issue(fixture, id, null);
        assertTrue(issued.path("number").asText().matches("[0-9]+/KH-STTTT"), issued.path("number").asText());
        JsonContains.assertContains(fixture, issued, Set.of("issue"));
        try (KafkaEvents events = KafkaEvents.reading(Topics.PLAN)) {
            JsonNode data = KafkaEvents.data(events.await(EventTypes.PLAN_ISSUED, d -> id.equals(d.path("planId").asText()), Duration.ofSeconds(30)));
            assertEquals(List.of(), EventSchemas.problems(EventTypes.PLAN_ISSUED, data));
            assertEquals(14, data.path("tasks").size());
            assertEquals("2020-01-01", data.path("periodFrom").asText());
            assertEquals("2020-12-31", data.path("periodTo").asText());
            JsonNode quarterly = data.path("tasks").path(1).path("obligations").path(0);
            assertEquals("QUARTERLY", quarterly.path("frequency").asText());
            assertEquals("DKN.STTTT", quarterly.path("consolidatorCode").asText());
            assertEquals("DKN.BCD138", quarterly.path("upwardToCode").asText());
            assertEquals("KEY_AREAS_REACHED", data.path("targets").path(0).path("indicatorCode").asText());
        }
    }

    @Test
    void dienBien2022DraftHasNoNumberUntilIssued() {
        JsonNode fixture = DemoData.plan("plan-dien-bien-2022-stttt.json");
        JsonNode draft = draftAndCompare(fixture);
        assertTrue(draft.path("number").isNull());
        assertEquals("Nguyễn Hùng Cường", draft.path("signer").path("name").asText());
        JsonNode issued = issue(fixture, draft.path("id").asText(), null);
        assertTrue(issued.path("number").asText().matches("[0-9]+/KH-STTTT"), issued.path("number").asText());
        // every execute (t/h) recipient has a task of its own: no general task is added
        assertEquals(fixture.path("tasks").size(), issued.path("tasks").size());
        // found by the number it cites, and by words without their diacritics
        given().auth().oauth2(DevTokens.issue("DBN.STTTT", "coordinator")).queryParam("q", "451/KH-UBND").get("/plans")
                .then().statusCode(200).body("id", hasItem(draft.path("id").asText()));
        given().auth().oauth2(DevTokens.issue("DBN.STTTT", "coordinator")).queryParam("q", "thong tin tuyen truyen mai dam")
                .queryParam("period", "2022").queryParam("topic", "PROSTITUTION").get("/plans")
                .then().statusCode(200).body("id", hasItem(draft.path("id").asText()));
        // the police's officer reads it (named in a task), an uninvolved agency does not
        given().auth().oauth2(DevTokens.issue("DBN.CAT", "officer")).get("/plans/{id}", draft.path("id").asText())
                .then().statusCode(200).body("subject", equalTo("Thông tin tuyên truyền về Phòng, chống mại dâm năm 2022"));
        given().auth().oauth2(DevTokens.issue("DKN.CAT", "officer")).get("/plans/{id}", draft.path("id").asText())
                .then().statusCode(404);
    }

    @Test
    void plan4256IsRegisteredWithItsOwnNumberOnce() {
        JsonNode fixture = DemoData.plan("plan-dien-bien-4256-2021.json");
        JsonNode draft = draftAndCompare(fixture);
        String id = draft.path("id").asText();
        JsonNode issued = issue(fixture, id, fixture.get("issue").toString());
        assertEquals("4256/KH-UBND", issued.path("number").asText());
        assertEquals("2021-12-20", issued.path("issuedOn").asText());
        assertTrue(issued.path("registered").asBoolean());
        JsonContains.assertContains(fixture, issued, Set.of("issue"));
        try (KafkaEvents events = KafkaEvents.reading(Topics.PLAN)) {
            ConsumerRecord<String, String> record = events.await(EventTypes.PLAN_ISSUED, d -> id.equals(d.path("planId").asText()), Duration.ofSeconds(30));
            JsonNode data = KafkaEvents.data(record);
            assertEquals(List.of(), EventSchemas.problems(EventTypes.PLAN_ISSUED, data));
            assertEquals("4256/KH-UBND", data.path("number").asText());
            assertEquals("2021-12-20", data.path("issuedOn").asText());
            assertEquals("KH", data.path("documentKind").asText());
            assertEquals("2025-12-31", data.path("periodTo").asText());
            assertEquals(1, data.path("version").asInt());
            assertEquals(24, data.path("tasks").size());
            assertEquals(6, data.path("targets").size());
            assertEquals("BLDTBXH", data.path("tasks").path(0).path("obligations").path(0).path("upwardToCode").asText());
        }

        // the same number again: 409 naming the field, and the second draft stays a draft
        String coordinator = DevTokens.issue("DBN.UBND", "coordinator");
        String again = draftAndCompare(fixture).path("id").asText();
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(fixture.get("issue").toString())
                .post("/plans/{id}/issue", again).then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("number"));
        // a number of another kind or issuer is not this document's
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("number", "4257/QĐ-UBND", "issuedOn", "2021-12-20"))
                .post("/plans/{id}/issue", again).then().statusCode(400).body("errors.field", hasItem("number"));
        given().auth().oauth2(coordinator).get("/plans/{id}", again).then().statusCode(200).body("status", equalTo("DRAFT"));
        // the register continues after the paper number
        ObjectNode next = (ObjectNode) fixture.deepCopy();
        next.remove("issue");
        String nextId = draftAndCompare(next).path("id").asText();
        given().auth().oauth2(coordinator).post("/plans/{id}/issue", nextId).then().statusCode(200)
                .body("number", equalTo(nextNumberAfter4256()));
    }

    /** What the local stack does at every start: the demo documents are issued once, however often it runs. */
    @Test
    void demoLoadingIssuesEachDocumentOnce() {
        String url = "http://localhost:" + io.restassured.RestAssured.port;
        for (String file : List.of("plan-dak-nong-2020.json", "plan-dien-bien-2022-stttt.json")) {
            JsonNode first = DemoData.ensurePlanIssued(url, file);
            JsonNode again = DemoData.ensurePlanIssued(url, file);
            assertEquals(first.path("id").asText(), again.path("id").asText(), file);
            assertEquals(DemoData.plan(file).path("subject").asText(), first.path("subject").asText());
            assertTrue(first.path("number").asText().matches("[0-9]+/KH-STTTT"), first.path("number").asText());
        }
    }

    /** Issued today: in 2021 the register continues at 4257; in a later year it restarts at 1. */
    private static String nextNumberAfter4256() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear() == 2021 ? "4257/KH-UBND" : "1/KH-UBND";
    }
}
