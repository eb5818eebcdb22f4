package vn.phoihop.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSchemasTest {
    static final UUID PLAN = UUID.fromString("2b0c7a52-1f7e-4d43-9d0e-6a4f6d3c2b11");
    static final UUID TASK = UUID.fromString("6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c");
    static final UUID ASSIGNMENT = UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d");
    static final Instant AT = Instant.parse("2020-06-30T01:00:00.123456Z");

    /** One realistic payload of every type, from the Đắk Nông 2020 plan. */
    static final UUID OBLIGATION = UUID.fromString("9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    static final UUID REPORT = UUID.fromString("3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b");

    static final PlanIssued.Task PRESS_TASK = new PlanIssued.Task(TASK, "Các cơ quan báo chí trên địa bàn tỉnh",
            "Định kỳ hàng quý, 6 tháng, 01 năm báo cáo tình hình, kết quả thực hiện gửi Sở Thông tin và Truyền thông",
            "DKN.DAIPTTH", List.of("DKN.BAODAKNONG", "DKN.TAPCHINAMNUNG"), null,
            List.of(new PlanIssued.Obligation(OBLIGATION, ObligationKind.PERIODIC, "Báo cáo định kỳ hàng quý",
                    null, null, null, Frequency.QUARTERLY, SubmissionRule.DAY_OF_MONTH, 20,
                    "DKN.STTTT", "DKN.STTTT", "DKN.BCD138", 3, List.of("NEWS_ARTICLES", "BROADCAST_MINUTES"))));

    /** One realistic payload of every type, from the Đắk Nông 2020 plan. */
    static final Map<String, Object> SAMPLES = Map.ofEntries(
            Map.entry(EventTypes.PLAN_ISSUED, new PlanIssued(PLAN, "45/KH-STTTT", "DKN.STTTT",
                    "Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020",
                    LocalDate.of(2020, 4, 10), List.of(PRESS_TASK), "KH",
                    LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), null, null,
                    List.of(new PlanIssued.Target("COMMUNES_REACHED",
                            "100% xã, phường, thị trấn tổ chức hoạt động tuyên truyền", new BigDecimal("100"), "%")),
                    1)),
            Map.entry(EventTypes.PLAN_AMENDED, new PlanAmended(PLAN, "45/KH-STTTT", "DKN.STTTT", 2,
                    LocalDate.of(2020, 7, 1), "Điều chỉnh thời hạn báo cáo", List.of(), List.of(UUID.randomUUID()),
                    List.of(PRESS_TASK), List.of(new PlanAmended.DeadlineMoved(TASK, OBLIGATION,
                            LocalDate.of(2020, 6, 20), LocalDate.of(2020, 6, 25))), List.of())),
            Map.entry(EventTypes.PLAN_TASKS_PART, new PlanTasksPart(PLAN, "45/KH-STTTT", "DKN.STTTT", 1, 2, 2,
                    List.of(PRESS_TASK), List.of())),
            Map.entry(EventTypes.PLAN_REVOKED, new PlanRevoked(PLAN, "45/KH-STTTT", "DKN.STTTT",
                    LocalDate.of(2020, 12, 1), "Thay thế bằng Kế hoạch số 60/KH-STTTT")),
            Map.entry(EventTypes.DOCUMENT_RECEIVED, new DocumentReceived(UUID.randomUUID(), PLAN, "45/KH-STTTT", "KH",
                    "DKN.STTTT", "Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020",
                    LocalDate.of(2020, 4, 10), "DKN.UBND", "INFORMATION", "UBND tỉnh (b/c)")),
            Map.entry(EventTypes.AGENCY_CHANGED, new AgencyChanged(UUID.randomUUID(), AgencyChange.MERGED, "DKN.STTTT",
                    "Sở Thông tin và Truyền thông tỉnh Đắk Nông", "Sở TT&TT", "STTTT", "DEPARTMENT", "DKN.UBND", "DKN",
                    false, LocalDate.of(2025, 3, 1), List.of("DKN.SKHCN"))),
            Map.entry(EventTypes.CALENDAR_CHANGED, new CalendarChanged(2026, "OFFICIAL",
                    List.of(new CalendarChanged.Source("12729/VPCP-KGVX", LocalDate.of(2025, 12, 25), "Văn phòng Chính phủ",
                            "Công văn về việc nghỉ Tết Dương lịch năm 2026")),
                    List.of(new CalendarChanged.Day(LocalDate.of(2026, 1, 2), "HOLIDAY", "Nghỉ hoán đổi Tết Dương lịch",
                                    "12729/VPCP-KGVX"),
                            new CalendarChanged.Day(LocalDate.of(2026, 1, 10), "WORKING_SATURDAY",
                                    "Làm bù cho ngày nghỉ hoán đổi 02/01/2026", "12729/VPCP-KGVX")),
                    2, AT, "DKN.UBND")),
            Map.entry(EventTypes.TASK_ASSIGNED, new TaskAssigned(ASSIGNMENT, PLAN, "45/KH-STTTT", "DKN.STTTT", TASK,
                    "Các cơ quan báo chí trên địa bàn tỉnh", "DKN.BAODAKNONG", AssignmentRole.COOPERATING,
                    LocalDate.of(2020, 6, 17), OBLIGATION, "2020-Q2", "Quý II/2020", LocalDate.of(2020, 3, 15),
                    LocalDate.of(2020, 6, 14), "DKN.DAIPTTH", "DKN.DAIPTTH", List.of("NEWS_ARTICLES"))),
            Map.entry(EventTypes.TASK_ACKNOWLEDGED, new TaskAcknowledged(ASSIGNMENT, PLAN, "DKN.BAODAKNONG", "DKN.STTTT", AT)),
            Map.entry(EventTypes.TASK_STATUS_CHANGED, new TaskStatusChanged(ASSIGNMENT, PLAN, "DKN.BAODAKNONG", "DKN.STTTT",
                    AssignmentStatus.ACKNOWLEDGED, AssignmentStatus.SUBMITTED, AT)),
            Map.entry(EventTypes.TASK_OVERDUE, new TaskOverdue(ASSIGNMENT, PLAN, "DKN.BAODAKNONG", "DKN.STTTT",
                    LocalDate.of(2020, 6, 17), AT)),
            Map.entry(EventTypes.TASK_CANCELLED, new TaskCancelled(ASSIGNMENT, PLAN, "DKN.BAODAKNONG", "DKN.STTTT",
                    "TASK_REMOVED", AT)),
            Map.entry(EventTypes.TASK_RESCHEDULED, new TaskRescheduled(ASSIGNMENT, PLAN, "DKN.BAODAKNONG", "DKN.STTTT",
                    LocalDate.of(2020, 6, 17), LocalDate.of(2020, 6, 22), AT)),
            Map.entry(EventTypes.TASK_TRANSFERRED, new TaskTransferred(ASSIGNMENT, PLAN, "DKN.STTTT", "DKN.SKHCN",
                    "DKN.UBND", LocalDate.of(2025, 3, 1), AT)),
            Map.entry(EventTypes.REPORT_SUBMITTED, new ReportSubmitted(REPORT, ASSIGNMENT, PLAN, "DKN.BAODAKNONG", "DKN.STTTT",
                    "Quý II/2020: đăng 12 tin, bài về phòng, chống mua bán người", AT, 1,
                    Map.of("NEWS_ARTICLES", new BigDecimal("12")), false)),
            Map.entry(EventTypes.REPORT_REVISED, new ReportRevised(REPORT, ASSIGNMENT, PLAN, "DKN.BAODAKNONG", "DKN.STTTT",
                    2, "Quý II/2020: đăng 14 tin, bài (bổ sung 2 phóng sự)", Map.of("NEWS_ARTICLES", new BigDecimal("14")),
                    true, AT)),
            Map.entry(EventTypes.REPORT_ACCEPTED, new ReportAccepted(REPORT, ASSIGNMENT, PLAN, "DKN.BAODAKNONG", "DKN.STTTT",
                    2, "DKN.STTTT", null, AT)),
            Map.entry(EventTypes.REPORT_RETURNED, new ReportReturned(REPORT, ASSIGNMENT, PLAN, "DKN.BAODAKNONG", "DKN.STTTT",
                    1, "DKN.STTTT", "Đề nghị bổ sung số liệu phóng sự", AT)),
            Map.entry(EventTypes.REMINDER_SENT, new ReminderSent(UUID.randomUUID(), ASSIGNMENT, PLAN, "DKN.BAODAKNONG",
                    "DKN.STTTT", ReminderKind.BEFORE_DEADLINE, LocalDate.of(2020, 6, 17), 3, AT)),
            Map.entry(EventTypes.NOTIFICATION_DELIVERED, new NotificationDelivered(UUID.randomUUID(), "DKN.BAODAKNONG",
                    Channel.EMAIL, "toasoan@baodaknong.vn", 1, AT)),
            Map.entry(EventTypes.NOTIFICATION_FAILED, new NotificationFailed(UUID.randomUUID(), "DKN.BAODAKNONG",
                    Channel.WEBHOOK, "https://api.baodaknong.vn/phoihop", 6, "HTTP 503", AT)));

    @Test
    void everyTypeHasASchemaAndASampleThatConforms() {
        assertEquals(EventTypes.PAYLOADS.keySet(), SAMPLES.keySet(), "every event type needs a sample here");
        SAMPLES.forEach((type, payload) -> {
            assertEquals(EventTypes.PAYLOADS.get(type), payload.getClass(), type);
            assertEquals(List.of(), EventSchemas.problems(type, EventJson.tree(payload)), type);
        });
    }

    @Test
    void payloadsRoundTripWithTheirDiacritics() {
        SAMPLES.forEach((type, payload) -> {
            JsonNode json = EventJson.MAPPER.valueToTree(payload);
            Object back = EventJson.read(json, EventTypes.PAYLOADS.get(type));
            assertEquals(payload, back, type);
        });
        String json = EventJson.write(SAMPLES.get(EventTypes.PLAN_ISSUED));
        assertTrue(json.contains("Đắk Nông"), json);
    }

    @Test
    void missingRequiredFieldIsNamed() {
        ObjectNode data = (ObjectNode) EventJson.tree(SAMPLES.get(EventTypes.TASK_ASSIGNED));
        data.remove("agencyCode");
        List<String> problems = EventSchemas.problems(EventTypes.TASK_ASSIGNED, data);
        assertFalse(problems.isEmpty());
        assertTrue(problems.get(0).contains("agencyCode"), problems.toString());
    }

    @Test
    void wrongValuesAreRefused() {
        ObjectNode data = (ObjectNode) EventJson.tree(SAMPLES.get(EventTypes.TASK_ASSIGNED));
        data.put("role", "OBSERVER");
        data.put("deadline", "20/6/2020");
        assertEquals(2, EventSchemas.problems(EventTypes.TASK_ASSIGNED, data).size());
        InvalidEventException e = assertThrows(InvalidEventException.class,
                () -> EventSchemas.check(EventTypes.TASK_ASSIGNED, data));
        assertEquals(2, e.problems().size());
    }

    @Test
    void aTaskAddressedToAGroupNamesItsGroupForDisplay() {
        PlanIssued.Task member = new PlanIssued.Task(TASK, "Tuyên truyền phòng, chống mua bán người", null,
                "DKN.BAODAKNONG", List.of(), null, List.of(), "DKN.BAOCHI", "Các cơ quan báo chí trên địa bàn tỉnh");
        PlanIssued issued = new PlanIssued(PLAN, "12/STTTT-TTBCXB", "DKN.STTTT", "Tuyên truyền phòng, chống mua bán người",
                LocalDate.of(2020, 4, 10), List.of(member));
        JsonNode json = EventJson.tree(issued);
        assertEquals(List.of(), EventSchemas.problems(EventTypes.PLAN_ISSUED, json));
        assertEquals(issued, EventJson.read(json, PlanIssued.class));
        ((ObjectNode) json.get("tasks").get(0)).put("addresseeGroupCode", "báo chí");
        assertEquals(1, EventSchemas.problems(EventTypes.PLAN_ISSUED, json).size());
    }

    @Test
    void unknownTypeIsAProblem() {
        assertEquals(List.of("unknown event type: vn.phoihop.plan.exploded.v1"),
                EventSchemas.problems("vn.phoihop.plan.exploded.v1", EventJson.MAPPER.createObjectNode()));
    }
}
