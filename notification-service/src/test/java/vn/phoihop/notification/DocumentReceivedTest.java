package vn.phoihop.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.DocumentReceived;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.phoihop.notification.Inboxes.PATIENCE;
import static vn.phoihop.notification.Inboxes.officer;

/**
 * Văn bản đến: plays plan-service issuing a letter of the Sở TT&TT Đắk Nông whose Nơi nhận sends it to the UBND tỉnh
 * (b/c), to a portal to publish (đăng tải) and to the Đài PTTH tỉnh to carry out (t/h), and reads the inboxes.
 */
@QuarkusTest
class DocumentReceivedTest {
    static final String SUBJECT = "Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020";

    static DocumentReceived received(UUID planId, String agencyCode, String purpose, String line) {
        return new DocumentReceived(UUID.randomUUID(), planId, "12/STTTT-TTBCXB", "CV", "DKN.STTTT", SUBJECT,
                LocalDate.of(2020, 4, 15), agencyCode, purpose, line);
    }

    static void send(DocumentReceived d) {
        KafkaEvents.send(TestEvents.event(Topics.PLAN, d.planId().toString(), EventTypes.DOCUMENT_RECEIVED, d.agencyCode(), d));
    }

    static List<Map<String, Object>> about(String agencyCode, UUID planId) {
        return given().auth().oauth2(officer(agencyCode)).get("/notifications?kind=DOCUMENT_RECEIVED")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(n -> planId.toString().equals(n.get("planId"))).toList();
    }

    @Test
    void recipientsForInformationAndPublishingAreToldTheDocumentArrived() {
        // the directory announces the agencies (and with them the issuer's name) before they act
        Plays.directory();
        UUID planId = UUID.randomUUID();
        // the addressee learns of it through its TaskAssigned; nothing more here
        send(received(planId, "DKN.DAIPTTH", "EXECUTE", null));
        send(received(planId, "DKN.UBND", "INFORMATION", "UBND tỉnh"));
        send(received(planId, "DKN.SVHTTDL", "PUBLISH", "Sở Văn hóa, Thể thao và Du lịch"));

        await().atMost(PATIENCE).until(() -> !about("DKN.SVHTTDL", planId).isEmpty());
        Map<String, Object> publish = about("DKN.SVHTTDL", planId).get(0);
        assertEquals("Văn bản đến: Công văn số 12/STTTT-TTBCXB", publish.get("title"));
        assertTrue(((String) publish.get("body")).contains("đăng tải"), (String) publish.get("body"));

        // one key, one partition: the earlier events were processed before the last one
        List<Map<String, Object>> information = about("DKN.UBND", planId);
        assertEquals(1, information.size());
        assertEquals("Văn bản đến: Công văn số 12/STTTT-TTBCXB", information.get(0).get("title"));
        assertEquals("Sở Thông tin và Truyền thông tỉnh Đắk Nông ban hành ngày 15/04/2020 về " + SUBJECT
                + ". Văn bản gửi đơn vị để báo cáo, để biết (b/c).", information.get(0).get("body"));
        assertEquals(List.of(), about("DKN.DAIPTTH", planId));
    }
}
