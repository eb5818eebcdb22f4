package vn.phoihop.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

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
    static final Map<String, Object> SAMPLES = Map.of(
            EventTypes.PLAN_ISSUED, new PlanIssued(PLAN, "45/KH-STTTT", "DKN.STTTT",
                    "Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020",
                    LocalDate.of(2020, 4, 10),
                    List.of(new PlanIssued.Task(TASK, "Các cơ quan báo chí trên địa bàn tỉnh",
                            "Định kỳ hàng quý, 6 tháng, 01 năm báo cáo tình hình, kết quả thực hiện gửi Sở Thông tin và Truyền thông",
                            "DKN.DAIPTTH", List.of("DKN.BAODAKNONG", "DKN.TAPCHINAMNUNG"), LocalDate.of(2020, 6, 20)))),
            EventTypes.TASK_ASSIGNED, new TaskAssigned(ASSIGNMENT, PLAN, "45/KH-STTTT", "DKN.STTTT", TASK,
                    "Các cơ quan báo chí trên địa bàn tỉnh", "DKN.BAODAKNONG", AssignmentRole.COOPERATING, LocalDate.of(2020, 6, 20)),
            EventTypes.TASK_ACKNOWLEDGED, new TaskAcknowledged(ASSIGNMENT, PLAN, "DKN.BAODAKNONG", "DKN.STTTT", AT),
            EventTypes.TASK_STATUS_CHANGED, new TaskStatusChanged(ASSIGNMENT, PLAN, "DKN.BAODAKNONG", "DKN.STTTT",
                    AssignmentStatus.ACKNOWLEDGED, AssignmentStatus.SUBMITTED, AT),
            EventTypes.REPORT_SUBMITTED, new ReportSubmitted(UUID.randomUUID(), ASSIGNMENT, PLAN, "DKN.BAODAKNONG", "DKN.STTTT",
                    "Quý II/2020: đăng 12 tin, bài về phòng, chống mua bán người", AT));

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
    void unknownTypeIsAProblem() {
        assertEquals(List.of("unknown event type: vn.phoihop.plan.exploded.v1"),
                EventSchemas.problems("vn.phoihop.plan.exploded.v1", EventJson.MAPPER.createObjectNode()));
    }
}
