package vn.phoihop.console.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlowEventTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> AGENCIES = Map.of("DKN.BAODAKNONG", "Báo Đắk Nông");
    static final Map<String, Map<String, Object>> PLANS = Map.of("p1", Map.of("number", "12/KH-STTTT", "subject", "Phòng, chống mua bán người"));

    @Test
    void anIssuerStreamEventNamesItsAgencyDocumentAndTime() throws Exception {
        String message = """
                {"stream":"issuer","agency":"DKN.STTTT","type":"vn.phoihop.task.acknowledged.v1",
                 "data":{"assignmentId":"a1","planId":"p1","agencyCode":"DKN.BAODAKNONG","issuerCode":"DKN.STTTT","acknowledgedAt":"2020-06-20T02:00:00Z"}}""";
        FlowEvent e = FlowEvent.of(JSON.readTree(message), AGENCIES, PLANS, Instant.EPOCH);

        assertEquals("TaskAcknowledged", e.kind());
        assertEquals("Tiếp nhận nhiệm vụ", e.kindLabel());
        assertEquals("Báo Đắk Nông", e.agencyName());
        assertEquals("12/KH-STTTT", e.planNumber());
        assertEquals("Phòng, chống mua bán người", e.planSubject());
        assertEquals("2020-06-20T02:00:00Z", e.at());
        assertFalse(e.alert());
    }

    @Test
    void overdueAndUrgingAreAlerts() throws Exception {
        FlowEvent overdue = FlowEvent.of(JSON.readTree("""
                {"stream":"issuer","type":"vn.phoihop.task.overdue.v1","data":{"planId":"p1","agencyCode":"DKN.CAT","deadline":"2020-06-30"}}"""),
                AGENCIES, PLANS, Instant.parse("2020-07-01T01:00:00Z"));
        assertTrue(overdue.alert());
        assertEquals("Hạn 30/06/2020 đã qua", overdue.text());
        assertEquals("DKN.CAT", overdue.agencyName(), "an agency the directory does not know shows its code");
        assertEquals("2020-07-01T01:00:00Z", overdue.at(), "no time in the event: when it arrived");

        FlowEvent urging = FlowEvent.of(JSON.readTree("""
                {"stream":"agency","type":"URGING_COPY","data":{"title":"Đôn đốc báo cáo","planId":"p1","agencyCode":"DKN.STTTT","createdAt":"2020-07-06T01:00:00Z"}}"""),
                AGENCIES, PLANS, Instant.EPOCH);
        assertTrue(urging.alert());
        assertEquals("Bản sao văn bản đôn đốc", urging.kindLabel());
        assertEquals("Đôn đốc báo cáo", urging.text());
    }

    @Test
    void remindersAndUrgingNoticesSentAndFailedDeliveries() throws Exception {
        FlowEvent reminder = FlowEvent.of(JSON.readTree("""
                {"stream":"issuer","type":"vn.phoihop.notification.reminder-sent.v1","data":{"planId":"p1","agencyCode":"DKN.BAODAKNONG",
                 "kind":"BEFORE_DEADLINE","deadline":"2020-09-09","sentAt":"2020-08-28T01:00:00Z"}}"""), AGENCIES, PLANS, Instant.EPOCH);
        assertEquals("Nhắc hạn đã gửi", reminder.kindLabel());
        assertEquals("Nhắc trước hạn · hạn 09/09/2020", reminder.text());
        assertFalse(reminder.alert());

        FlowEvent urging = FlowEvent.of(JSON.readTree("""
                {"stream":"issuer","type":"vn.phoihop.notification.reminder-sent.v1","data":{"planId":"p1","agencyCode":"DKN.BAODAKNONG","kind":"ESCALATION"}}"""),
                AGENCIES, PLANS, Instant.EPOCH);
        assertEquals("Đã gửi văn bản đôn đốc", urging.kindLabel());
        assertTrue(urging.alert());

        FlowEvent failed = FlowEvent.of(JSON.readTree("""
                {"stream":"issuer","type":"vn.phoihop.notification.failed.v1","data":{"planId":"p1","agencyCode":"DKN.BAODAKNONG",
                 "channel":"WEBHOOK","error":"HTTP 500","title":"Nhắc hạn báo cáo"}}"""), AGENCIES, PLANS, Instant.EPOCH);
        assertEquals("Gửi thông báo thất bại", failed.kindLabel());
        assertEquals("Nhắc hạn báo cáo · kênh WEBHOOK · HTTP 500", failed.text());
        assertTrue(failed.alert());
    }

    @Test
    void theAgencysOwnRemindersAreNotPartOfTheFlow() {
        assertNull(FlowPage.toEvent("""
                {"stream":"agency","type":"REMINDER","data":{"title":"Nhắc hạn"}}""", AGENCIES, PLANS));
        assertNull(FlowPage.toEvent("not json", AGENCIES, PLANS));
    }

    @Test
    void aPlansTimelineFromTheServicesRecordsNewestFirst() {
        List<Timeline.Entry> entries = Timeline.of(
                List.of(Map.of("version", 1, "change", "ISSUED", "recordedAt", "2020-04-10T02:00:00Z")),
                List.of(Map.of("id", "a1", "agencyCode", "DKN.BAODAKNONG", "taskTitle", "Báo chí", "periodLabel", "Quý II/2020",
                        "acknowledgedAt", "2020-04-11T02:00:00Z")),
                List.of(Map.of("agencyCode", "DKN.BAODAKNONG", "assignmentId", "a1", "revisions", List.of(
                        Map.of("revision", 1, "submittedAt", "2020-06-01T02:00:00Z", "decision", "RETURNED",
                                "reviewedAt", "2020-06-02T02:00:00Z", "reviewComment", "Bổ sung số liệu"),
                        Map.of("revision", 2, "submittedAt", "2020-06-03T02:00:00Z")))));

        assertEquals(List.of("ReportRevised", "ReportReturned", "ReportSubmitted", "TaskAcknowledged", "PlanIssued", "TaskAssigned"),
                entries.stream().map(Timeline.Entry::kind).toList());
        assertEquals("Lần 1: Bổ sung số liệu", entries.get(1).what());
        assertEquals("Giao 1 nhiệm vụ theo kỳ cho 1 đơn vị", entries.get(5).what());
    }
}
