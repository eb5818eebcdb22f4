package vn.phoihop.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.testing.DevTokens;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.phoihop.report.Assignments.BAO_DAK_NONG;
import static vn.phoihop.report.Assignments.DEADLINE_2020;
import static vn.phoihop.report.Assignments.STTTT;

@QuarkusTest
class AttachmentTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        DakNong.directoryKnown();
    }

    static final String BAO_OFFICER = DevTokens.issue(BAO_DAK_NONG, "officer");
    static final String SIGNED = "Báo cáo quý II-2020 (đã ký).pdf";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Test
    void filesAreTypedByTheirBytesLimitedInSizeAndServedOnlyToTheReporterAndTheReceiver() {
        TaskAssigned task = Assignments.assign(Assignments.pressTask(BAO_DAK_NONG, DEADLINE_2020));
        String report = Assignments.submitWhenKnown(BAO_OFFICER, Assignments.report(task))
                .then().statusCode(201).extract().path("id");

        String pdf = upload(report, SIGNED, "application/octet-stream", PDF)
                .then().statusCode(201)
                .body("fileName", equalTo(SIGNED))
                .body("contentType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(PDF.length))
                .extract().path("id");
        // declared as a PDF, but the bytes are a PNG: stored as what it is
        upload(report, "Ảnh tuyên truyền lưu động tại xã Đắk Sắk.png", "application/pdf", PNG)
                .then().statusCode(201).body("contentType", equalTo("image/png"));

        refused(upload(report, "giả-mạo.pdf", "application/pdf", "Đây không phải tệp PDF".getBytes(StandardCharsets.UTF_8)),
                415, "file");
        byte[] tooLarge = Arrays.copyOf(PDF, 1024 * 1024 + 1); // the test limit is 1 MiB
        refused(upload(report, "quá-lớn.pdf", "application/pdf", tooLarge), 413, "file");
        refused(upload(report, "rỗng.pdf", "application/pdf", new byte[0]), 400, "file");
        refused(given().auth().oauth2(BAO_OFFICER).contentType("application/pdf").body(PDF)
                .post("/reports/{id}/attachments", report), 400, "fileName");
        refused(upload(report, "../../etc/passwd.pdf", "application/pdf", PDF), 400, "fileName");

        given().auth().oauth2(BAO_OFFICER).get("/reports/{id}", report).then().statusCode(200)
                .body("attachments.fileName", equalTo(List.of(SIGNED, "Ảnh tuyên truyền lưu động tại xã Đắk Sắk.png")));

        // the receiver (the issuer, Sở TT&TT) downloads it with its name intact
        Response download = given().auth().oauth2(DevTokens.issue(STTTT, "coordinator"))
                .get("/reports/{id}/attachments/{a}", report, pdf);
        download.then().statusCode(200).contentType("application/pdf");
        assertArrayEquals(PDF, download.asByteArray());
        assertEquals("attachment; filename=\"Bao cao quy II-2020 (da ky).pdf\"; "
                + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD%20II-2020%20%28%C4%91%C3%A3%20k%C3%BD%29.pdf",
                download.header("Content-Disposition"));
        given().auth().oauth2(BAO_OFFICER).get("/reports/{id}/attachments/{a}", report, pdf).then().statusCode(200);

        for (String stranger : List.of(DevTokens.issue("DKN.TAPCHINAMNUNG", "officer"), DevTokens.issue("DKN.CAT", "coordinator"),
                DevTokens.issue(STTTT, "officer"))) {
            given().auth().oauth2(stranger).get("/reports/{id}/attachments/{a}", report, pdf).then().statusCode(404);
            given().auth().oauth2(stranger).get("/reports/{id}/attachments", report).then().statusCode(404);
            refused(given().auth().oauth2(stranger).queryParam("fileName", "x.pdf").contentType("application/pdf").body(PDF)
                    .post("/reports/{id}/attachments", report), 404, null);
        }
        // the receiver reads but does not add to another agency's report
        given().auth().oauth2(DevTokens.issue(STTTT, "coordinator")).queryParam("fileName", "x.pdf")
                .contentType("application/pdf").body(PDF).post("/reports/{id}/attachments", report).then().statusCode(403);
        given().auth().oauth2(BAO_OFFICER).get("/reports/{id}/attachments", report).then().statusCode(200)
                .body("size()", equalTo(2)).body("fileName", hasItem(SIGNED));
    }

    @Test
    void aReportHoldsABoundedNumberOfAttachmentsAndListsArePaged() {
        TaskAssigned task = Assignments.assign(Assignments.pressTask(BAO_DAK_NONG, DEADLINE_2020));
        String report = Assignments.submitWhenKnown(BAO_OFFICER, Assignments.report(task))
                .then().statusCode(201).extract().path("id");
        for (int i = 1; i <= 4; i++) { // the test limit is 4 per report
            upload(report, "Ảnh " + i + ".png", "image/png", PNG).then().statusCode(201);
        }
        refused(upload(report, "Ảnh 5.png", "image/png", PNG), 409, null);
        given().auth().oauth2(BAO_OFFICER).get("/reports/{id}/attachments", report).then().statusCode(200)
                .body("size()", equalTo(4));

        // the agency's reports come a page at a time, with the total in X-Total-Count
        Assignments.submitWhenKnown(BAO_OFFICER, Assignments.report(Assignments.assign(Assignments.pressTask(BAO_DAK_NONG, DEADLINE_2020))))
                .then().statusCode(201);
        Response page = given().auth().oauth2(BAO_OFFICER).queryParam("size", 1).get("/reports");
        page.then().statusCode(200).body("size()", equalTo(1));
        org.junit.jupiter.api.Assertions.assertTrue(Integer.parseInt(page.header("X-Total-Count")) >= 2, page.headers().toString());
        refused(given().auth().oauth2(BAO_OFFICER).queryParam("size", 100000).get("/reports"), 400, "size");
        refused(given().auth().oauth2(BAO_OFFICER).queryParam("page", Integer.MAX_VALUE).get("/reports"), 400, "page");
    }

    private static Response upload(String report, String name, String declaredType, byte[] content) {
        return given().auth().oauth2(BAO_OFFICER).queryParam("fileName", name).contentType(declaredType).body(content)
                .post("/reports/{id}/attachments", report);
    }

    private static void refused(Response response, int status, String field) {
        response.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        if (field != null) {
            response.then().body("errors.field", hasItem(field));
        }
    }
}
