package vn.phoihop.notification;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.phoihop.notification.Inboxes.PATIENCE;
import static vn.phoihop.notification.Plays.STTTT;
import static vn.phoihop.notification.Plays.assignment;
import static vn.phoihop.notification.Plays.at;
import static vn.phoihop.notification.Plays.awaitSchedule;
import static vn.phoihop.notification.Plays.send;

/**
 * An assignment due Friday 26/04/2024, before the 30/4–1/5 holidays (29/04 swapped for Saturday 04/05):
 * daily overdue notices from Thursday 02/05, and on the third working day late, the make-up Saturday
 * 04/05, an urging notice (đôn đốc) to the agency's head, copied to the issuer.
 */
@QuarkusTest
class EscalationTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        Plays.directory();
    }

    static final String GIANGHIA = "DKN.GIANGHIA.PVHTT";
    static final String GIANGHIA_NAME = "Phòng Văn hóa và Thông tin thành phố Gia Nghĩa";
    static final String OFFICE_MAIL = "vanthu.pvhtt@gianghia.daknong.gov.vn";
    static final String HEAD_MAIL = "truongphong.pvhtt@gianghia.daknong.gov.vn";
    static final String STTTT_MAIL = "vanthu.stttt@daknong.gov.vn";
    static final String TASK = "Thành phố Gia Nghĩa: tuyên truyền phòng, chống mua bán người trên hệ thống truyền thanh cơ sở";

    @Inject
    ServiceClock clock;

    @TestHTTPResource("/")
    URL base;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void lateAgencyGetsDailyNoticesThenAnUrgingNoticeToItsHeadCopiedToTheIssuer() throws Exception {
        Plays.named(GIANGHIA, GIANGHIA_NAME);
        Plays.registered("DKN.UBND", "Ủy ban nhân dân tỉnh Đắk Nông", "UBND", null);
        Plays.registered(STTTT, "Sở Thông tin và Truyền thông tỉnh Đắk Nông", "STTTT", "DKN.UBND");
        Plays.contact(GIANGHIA, Map.of("emails", List.of(OFFICE_MAIL), "headName", "Nguyễn Thị Hương",
                "headTitle", "Trưởng phòng", "headEmail", HEAD_MAIL));
        Plays.contact(STTTT, Map.of("emails", List.of(STTTT_MAIL)));

        at(clock, "2024-04-25T09:00:00");
        TaskAssigned task = assignment(GIANGHIA, TASK, LocalDate.of(2024, 4, 26), "Quý I/2024");
        send(task);
        awaitSchedule(GIANGHIA, task.assignmentId(), List.of(
                "DUE_TODAY 2024-04-26 SCHEDULED", "OVERDUE 2024-05-02 SCHEDULED", "ESCALATION 2024-05-04 SCHEDULED"));

        at(clock, "2024-05-02T08:00:30");
        Mailbox.Mail first = Mailbox.awaitMail(OFFICE_MAIL, m -> m.subject().equals("[Phối hợp] Quá hạn báo cáo 1 ngày làm việc"));
        assertTrue(first.body().startsWith("Kính gửi: " + GIANGHIA_NAME), first.body());
        at(clock, "2024-05-03T08:00:30");
        Mailbox.awaitMail(OFFICE_MAIL, m -> m.subject().equals("[Phối hợp] Quá hạn báo cáo 2 ngày làm việc"));

        // the issuer's coordinators watch the urging notice go out on their live stream
        ChannelsTest.Sse issuerStream = new ChannelsTest.Sse(base, "/stream/issuer", DevTokens.issue(STTTT, "coordinator"));
        at(clock, "2024-05-04T08:00:30");
        Mailbox.Mail urging = Mailbox.awaitMail(HEAD_MAIL, m -> m.subject().equals("[Phối hợp] Đôn đốc thực hiện chế độ báo cáo"));
        // laid out as Decree 30/2020 lays out an official letter: heading, number for the clerk, V/v, motto, place and date
        String mailed = urging.body().replace("\r\n", "\n"); // SMTP text travels with CRLF line ends
        assertTrue(mailed.contains("""
                UBND TỈNH ĐẮK NÔNG
                SỞ THÔNG TIN VÀ TRUYỀN THÔNG
                Số:        /STTTT
                V/v đôn đốc thực hiện chế độ báo cáo

                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Đắk Nông, ngày 04 tháng 5 năm 2024
                """), mailed);
        assertTrue(mailed.contains("""
                Nơi nhận:
                - Như trên;
                - Lưu: VT.

                KT. GIÁM ĐỐC
                PHÓ GIÁM ĐỐC
                """), mailed);
        assertTrue(urging.body().contains("Kính gửi: Trưởng phòng Nguyễn Thị Hương - " + GIANGHIA_NAME + "."), urging.body());
        assertTrue(urging.body().contains("1. Nhiệm vụ “" + TASK + "” theo Kế hoạch số 45/KH-STTTT, kỳ báo cáo Quý I/2024:"
                + " hạn báo cáo ngày 26/04/2024, đã chậm 3 ngày làm việc."), urging.body());
        Mailbox.Mail copy = Mailbox.awaitMail(STTTT_MAIL,
                m -> m.subject().equals("[Phối hợp] Đã đôn đốc " + GIANGHIA_NAME + " thực hiện chế độ báo cáo"));
        assertTrue(copy.body().contains("đã chậm 3 ngày làm việc"), copy.body());

        // the letter over REST: the agency's notice and the issuer's copy carry the same text
        String officer = DevTokens.issue(GIANGHIA, "officer");
        String agencyNotice = given().auth().oauth2(officer).get("/notifications?kind=ESCALATION")
                .then().statusCode(200).extract().jsonPath().getString("[0].id");
        String letter = given().auth().oauth2(officer).get("/notifications/{id}/letter", agencyNotice)
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/plain")).extract().asString();
        assertTrue(letter.contains("Đến ngày 04/05/2024, Sở Thông tin và Truyền thông chưa nhận được báo cáo của "
                + GIANGHIA_NAME), letter);
        String coordinator = DevTokens.issue(STTTT, "coordinator");
        String issuerCopy = given().auth().oauth2(coordinator).get("/notifications?kind=URGING_COPY")
                .then().statusCode(200).extract().jsonPath().getString("[0].id");
        assertEquals(letter, given().auth().oauth2(coordinator).get("/notifications/{id}/letter", issuerCopy)
                .then().statusCode(200).extract().asString());
        given().auth().oauth2(DevTokens.issue("DKN.CAT", "officer")).get("/notifications/{id}/letter", agencyNotice)
                .then().statusCode(404);

        // and as a Word document to be numbered, signed and sealed
        byte[] docx = given().auth().oauth2(officer).get("/notifications/{id}/letter.docx", agencyNotice)
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString(".docx"))
                .extract().asByteArray();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx))) {
            String heading = doc.getTables().get(0).getText();
            assertTrue(heading.contains("UBND TỈNH ĐẮK NÔNG") && heading.contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
                    && heading.contains("Số:        /STTTT") && heading.contains("V/v đôn đốc thực hiện chế độ báo cáo")
                    && heading.contains("Đắk Nông, ngày 04 tháng 5 năm 2024"), heading);
            String body = doc.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertTrue(body.contains("Kính gửi: Trưởng phòng Nguyễn Thị Hương - " + GIANGHIA_NAME + "."), body);
            assertTrue(body.contains("đã chậm 3 ngày làm việc."), body);
            String closing = doc.getTables().get(doc.getTables().size() - 1).getText();
            assertTrue(closing.contains("Nơi nhận:") && closing.contains("KT. GIÁM ĐỐC"), closing);
        }
        given().auth().oauth2(DevTokens.issue("DKN.CAT", "officer")).get("/notifications/{id}/letter.docx", agencyNotice)
                .then().statusCode(404).contentType("application/problem+json");

        try (KafkaEvents events = KafkaEvents.reading(Topics.NOTIFICATION)) {
            events.await(EventTypes.REMINDER_SENT, d -> task.assignmentId().toString().equals(d.path("assignmentId").asText())
                    && "ESCALATION".equals(d.path("kind").asText()) && d.path("workingDaysLeft").asInt() == -3, PATIENCE);
        }
        try (issuerStream) {
            await().atMost(PATIENCE).until(() -> issuerStream.lines.stream().anyMatch(l -> l.startsWith("data:")
                    && l.contains(EventTypes.REMINDER_SENT) && l.contains(task.assignmentId().toString()) && l.contains("ESCALATION")));
        }
        awaitSchedule(GIANGHIA, task.assignmentId(), List.of(
                "DUE_TODAY 2024-04-26 SKIPPED", "OVERDUE 2024-05-02 SENT", "OVERDUE 2024-05-03 SENT",
                "ESCALATION 2024-05-04 SENT", "OVERDUE 2024-05-04 SENT", "OVERDUE 2024-05-06 SCHEDULED"));
    }
}
