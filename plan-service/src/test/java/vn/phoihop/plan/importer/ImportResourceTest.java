package vn.phoihop.plan.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventJson;
import vn.phoihop.plan.Agencies;
import vn.phoihop.testing.DevTokens;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /plans/imports over HTTP with the real directory: formats, limits, who may import, and a proposal that drafts. */
@QuarkusTest
class ImportResourceTest {
    static final SeedDocuments.Seed STTTT_2022 = SeedDocuments.SEEDS.get(0);
    static final SeedDocuments.Seed UBND_4256 = SeedDocuments.SEEDS.get(1);

    @BeforeEach
    void directory() {
        Agencies.ensureDemoDirectories();
    }

    @Test
    void pastedTextGivesADraftThatIsAcceptedOnceItsQuestionsAreAnswered() throws Exception {
        String coordinator = DevTokens.issue("DBN.STTTT", "coordinator");
        String body = given().auth().oauth2(coordinator).contentType("text/plain; charset=UTF-8")
                .body(SeedDocuments.text(STTTT_2022).getBytes(StandardCharsets.UTF_8))
                .post("/plans/imports").then().statusCode(200)
                .body("issuerCode", equalTo("DBN.STTTT"))
                .body("plan.subject", equalTo("Thông tin tuyên truyền về Phòng, chống mại dâm năm 2022"))
                .body("plan.tasks", hasSize(15))
                .body("questions.kind", hasItem("LEAD"))
                .body("sources.field", hasItem("tasks[0].leadAgencyCode"))
                .extract().asString();
        JsonNode proposal = EventJson.MAPPER.readTree(body);
        JsonNode source = proposal.path("sources").get(0);
        assertEquals(source.path("quote").asText(),
                proposal.path("text").asText().substring(source.path("start").asInt(), source.path("end").asInt()));
        // answer each "which agency leads" question with its first candidate, as the coordinator would pick one
        ObjectNode plan = (ObjectNode) proposal.path("plan");
        for (JsonNode q : proposal.path("questions")) {
            if (q.path("kind").asText().equals("LEAD")) {
                int index = Integer.parseInt(q.path("field").asText().replaceAll("\\D+", " ").strip().split(" ")[0]);
                ((ObjectNode) plan.path("tasks").get(index)).put("leadAgencyCode", q.path("candidates").get(0).path("code").asText());
            }
        }
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(plan.toString())
                .post("/plans").then().statusCode(201).body("status", equalTo("DRAFT"));
    }

    @Test
    void docxOfAPaperDocumentGivesItsNumberAndDate() {
        given().auth().oauth2(DevTokens.issue("DBN.UBND", "coordinator")).contentType(DocumentReader.DOCX)
                .body(SeedDocuments.docx(SeedDocuments.text(UBND_4256)))
                .post("/plans/imports").then().statusCode(200)
                .body("format", equalTo("docx"))
                .body("number", equalTo("4256/KH-UBND"))
                .body("issuedOn", equalTo("2021-12-20"))
                .body("plan.period", equalTo("2021-2025"))
                .body("plan.targets", hasSize(6));
    }

    @Test
    void scannedPdfWithoutTextIsRefusedSayingSo() throws Exception {
        byte[] scan;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.addRect(50, 50, 400, 600); // a drawing, no text: what a scanner gives without OCR
                content.fill();
            }
            doc.save(out);
            scan = out.toByteArray();
        }
        given().auth().oauth2(DevTokens.issue("DBN.STTTT", "coordinator")).contentType("application/pdf").body(scan)
                .post("/plans/imports").then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("no text layer"))
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void textPdfIsRead() {
        given().auth().oauth2(DevTokens.issue("DBN.STTTT", "coordinator")).contentType("application/pdf")
                .body(SeedDocuments.pdf(SeedDocuments.text(STTTT_2022)))
                .post("/plans/imports").then().statusCode(200)
                .body("format", equalTo("pdf")).body("plan.tasks", hasSize(15));
    }

    @Test
    void onlyACoordinatorOfTheIssuingAgency() {
        byte[] text = SeedDocuments.text(UBND_4256).getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(DevTokens.issue("DBN.UBND", "officer")).contentType("text/plain").body(text)
                .post("/plans/imports").then().statusCode(403);
        given().auth().oauth2(DevTokens.issue("DBN.STTTT", "coordinator")).contentType("text/plain").body(text)
                .post("/plans/imports").then().statusCode(403)
                .body("detail", containsString("issued by UBND"));
        given().contentType("text/plain").body(text).post("/plans/imports").then().statusCode(401);
    }

    @Test
    void oversizedAndEmptyDocumentsAreRefused() {
        String coordinator = DevTokens.issue("DBN.STTTT", "coordinator");
        byte[] big = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        given().auth().oauth2(coordinator).contentType("text/plain").body(big)
                .post("/plans/imports").then().statusCode(413).body("errors[0].field", equalTo("file"));
        given().auth().oauth2(coordinator).contentType("text/plain").body(new byte[0])
                .post("/plans/imports").then().statusCode(400).body("errors[0].field", equalTo("file"));
        assertTrue(true);
    }
}
