package vn.phoihop.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.CloudEventHeaders;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every recipient of a document is served (văn bản đến): seeds/003's Nơi nhận — "UBND tỉnh (b/c)", "Công an tỉnh
 * (p/h)", "Các cơ quan báo chí", "Phòng VH TT các huyện, thành phố", "Lưu: VT, TTBCXB" — plus a portal asked to
 * publish (đăng tải), each finds the letter among its incoming documents with why it received it.
 */
@QuarkusTest
class IncomingDocumentTest {
    static final String COORDINATOR = DevTokens.issue("DKN.STTTT", "coordinator");
    static final String UBND = DevTokens.issue("DKN.UBND", "coordinator");

    /** A word only this run's documents have, so that searches find them among earlier runs' documents. */
    static final String RUN = "lan" + Long.toString(System.nanoTime(), 36);

    @Inject
    ServiceClock clock;

    @BeforeEach
    void directory() {
        Agencies.ensureDemoDirectories();
        AddresseeGroupTest.defineGroups();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The letter of {@link AddresseeGroupTest}, with a portal to publish it; issued on 15/4/2020. */
    String issueLetter(String subject) {
        clock.set(Clock.fixed(Instant.parse("2020-04-15T02:00:00Z"), ServiceClock.ZONE));
        Map<String, Object> letter = new java.util.HashMap<>(AddresseeGroupTest.letter(AddresseeGroupTest.pressTask()));
        letter.put("subject", subject);
        List<Object> distribution = new ArrayList<>((List<?>) letter.get("distribution"));
        distribution.add(Map.of("name", "Sở Văn hóa, Thể thao và Du lịch (đăng tải)", "agencyCodes", List.of("DKN.SVHTTDL"),
                "purpose", "PUBLISH"));
        letter.put("distribution", distribution);
        String id = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(letter).post("/plans")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(COORDINATOR).post("/plans/{id}/issue", id).then().statusCode(200);
        return id;
    }

    @Test
    void everyRecipientFindsTheLetterWithWhyItReceivedIt() {
        String subject = "Triển khai Kế hoạch thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020 " + RUN;
        String id = issueLetter(subject);
        String number = given().auth().oauth2(COORDINATOR).get("/plans/{id}", id).then().extract().path("number");

        JsonPath ubnd = given().auth().oauth2(UBND).get("/incoming-documents?q=mua ban nguoi " + RUN).then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> forInformation = ubnd.getMap("find { it.planId == '" + id + "' }");
        assertEquals("INFORMATION", forInformation.get("purpose"));
        assertEquals("để báo cáo, để biết (b/c)", forInformation.get("purposeLabel"));
        assertEquals("Công văn số " + number, forInformation.get("title"));
        assertEquals("Sở Thông tin và Truyền thông tỉnh Đắk Nông", forInformation.get("issuerName"));
        assertEquals(subject, forInformation.get("subject"));
        assertEquals("UBND tỉnh", forInformation.get("recipientName"));
        // b/c: the UBND tỉnh may read the letter itself
        given().auth().oauth2(UBND).get("/plans/{id}", id).then().statusCode(200).body("number", equalTo(number));

        assertPurpose("DKN.CAT", id, "COOPERATE");
        assertPurpose("DKN.TAPCHINAMNUNG", id, "EXECUTE");
        assertPurpose("DKN.DAKMIL.PVHTT", id, "EXECUTE");
        assertPurpose("DKN.SVHTTDL", id, "PUBLISH");
        given().auth().oauth2(COORDINATOR).get("/incoming-documents?q=" + RUN).then().statusCode(200)
                .body("planId", not(hasItem(id)));

        given().auth().oauth2(UBND).get("/incoming-documents?purpose=EXECUTE&q=" + RUN).then().statusCode(200)
                .body("planId", not(hasItem(id)));
        given().auth().oauth2(UBND).get("/incoming-documents?q=ma tuy " + RUN).then().statusCode(200)
                .body("planId", not(hasItem(id)));

        try (KafkaEvents events = KafkaEvents.reading(Topics.PLAN)) {
            ConsumerRecord<String, String> record = events.await(EventTypes.DOCUMENT_RECEIVED,
                    d -> id.equals(d.path("planId").asText()) && "DKN.UBND".equals(d.path("agencyCode").asText()),
                    Duration.ofSeconds(60));
            JsonNode data = KafkaEvents.data(record);
            assertEquals(List.of(), EventSchemas.problems(EventTypes.DOCUMENT_RECEIVED, data));
            assertEquals(id, record.key(), "plan events are keyed by plan id");
            assertEquals("DKN.UBND", KafkaEvents.header(record, CloudEventHeaders.SUBJECT));
            assertEquals("INFORMATION", data.path("purpose").asText());
            assertEquals("CV", data.path("documentKind").asText());
            assertEquals(number, data.path("number").asText());
        }
    }

    static void assertPurpose(String agency, String planId, String purpose) {
        JsonPath inbox = given().auth().oauth2(DevTokens.issue(agency, "officer")).get("/incoming-documents?q=" + RUN)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(purpose), inbox.getList("findAll { it.planId == '" + planId + "' }.purpose"), agency);
    }

    @Test
    void newestFirstAndPaged() {
        String older = issueLetter("Tuyên truyền phòng, chống mua bán người: đợt một " + RUN);
        clock.set(Clock.fixed(Instant.parse("2020-05-04T02:00:00Z"), ServiceClock.ZONE));
        String newer = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("subject", "Tuyên truyền phòng, chống mua bán người: đợt hai " + RUN, "distribution",
                        List.of(Map.of("name", "UBND tỉnh", "agencyCodes", List.of("DKN.UBND"), "purpose", "INFORMATION"))))
                .post("/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(COORDINATOR).post("/plans/{id}/issue", newer).then().statusCode(200);
        JsonPath page = given().auth().oauth2(UBND).get("/incoming-documents?q=mua ban nguoi dot " + RUN + "&size=1").then().statusCode(200)
                .header("X-Total-Count", equalTo("2")).extract().jsonPath();
        assertEquals(List.of(newer), page.getList("planId"));
        assertEquals(List.of(older), given().auth().oauth2(UBND).get("/incoming-documents?q=mua ban nguoi dot " + RUN + "&size=1&page=1")
                .then().statusCode(200).extract().jsonPath().getList("planId"));
        given().auth().oauth2(UBND).get("/incoming-documents?size=0").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aPublishingRecipientCompletesItsTaskWithTheAddress() {
        String id = issueLetter("Đăng tải Công văn tuyên truyền phòng, chống mua bán người " + RUN);
        String portal = DevTokens.issue("DKN.SVHTTDL", "officer");
        String incoming = given().auth().oauth2(portal).get("/incoming-documents?purpose=PUBLISH&q=dang tai " + RUN).then().statusCode(200)
                .extract().jsonPath().getString("find { it.planId == '" + id + "' }.id");
        given().auth().oauth2(portal).get("/incoming-documents/{id}", incoming).then().statusCode(200)
                .body("publishedUrl", nullValue());

        given().auth().oauth2(portal).contentType(ContentType.JSON).body(Map.of("url", "baodaknong.vn/bai-viet"))
                .post("/incoming-documents/{id}/publication", incoming).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        given().auth().oauth2(portal).get("/incoming-documents/{id}", incoming).then().body("publishedUrl", nullValue());
        // another agency's incoming document is not there for it
        given().auth().oauth2(UBND).contentType(ContentType.JSON).body(Map.of("url", "https://daknong.gov.vn/a"))
                .post("/incoming-documents/{id}/publication", incoming).then().statusCode(404);

        String url = "https://svhttdl.daknong.gov.vn/tin-tuc/tuyen-truyen-phong-chong-mua-ban-nguoi";
        given().auth().oauth2(portal).contentType(ContentType.JSON).body(Map.of("url", url))
                .post("/incoming-documents/{id}/publication", incoming).then().statusCode(200)
                .body("publishedUrl", equalTo(url)).body("publishedAt", not(nullValue()));
        given().auth().oauth2(portal).get("/incoming-documents/{id}", incoming).then().body("publishedUrl", equalTo(url));

        // a document received for information has nothing to publish
        String forInformation = given().auth().oauth2(UBND).get("/incoming-documents?purpose=INFORMATION&q=dang tai " + RUN).then()
                .extract().jsonPath().getString("find { it.planId == '" + id + "' }.id");
        given().auth().oauth2(UBND).contentType(ContentType.JSON).body(Map.of("url", url))
                .post("/incoming-documents/{id}/publication", forInformation).then().statusCode(409)
                .contentType("application/problem+json");
        assertTrue(forInformation != null);
    }
}
