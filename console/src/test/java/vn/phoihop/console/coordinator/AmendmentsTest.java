package vn.phoihop.console.coordinator;

import org.junit.jupiter.api.Test;
import vn.phoihop.console.services.ServiceProblem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AmendmentsTest {

    static Map<String, Object> task(String id, String title, String lead) {
        Map<String, Object> t = new LinkedHashMap<>();
        if (id != null) {
            t.put("id", id);
        }
        t.put("title", title);
        t.put("leadAgencyCode", lead);
        t.put("cooperatingAgencyCodes", List.of());
        t.put("description", null);
        return t;
    }

    @Test
    void editedTasksBecomeExplicitChanges() {
        Map<String, Object> original = Map.of("tasks", List.of(task("t1", "Báo Đắk Nông", "DKN.BAODAKNONG"),
                task("t2", "Công an tỉnh", "DKN.CAT"), Map.of("id", "g", "title", "Chung", "general", true)),
                "targets", List.of(Map.of("indicatorCode", "COMMUNES_REACHED", "description", "100% xã", "goalValue", 100)));
        Map<String, Object> edited = Map.of("tasks", List.of(
                        Map.of("id", "t2", "title", "Công an tỉnh (sửa)", "leadAgencyCode", "DKN.CAT"),
                        Map.of("title", "Đài PT-TH", "leadAgencyCode", "DKN.DAIPTTH")),
                "targets", List.of(Map.of("indicatorCode", "COMMUNES_REACHED", "description", "100% xã", "goalValue", "100")));

        Amendments.Amendment a = Amendments.of(original, edited, "Bổ sung nhiệm vụ");

        assertEquals("Bổ sung nhiệm vụ", a.body().get("reason"));
        assertEquals(List.of(Map.of("id", "t2", "title", "Công an tỉnh (sửa)", "leadAgencyCode", "DKN.CAT")), a.body().get("changeTasks"));
        assertEquals(List.of(Map.of("title", "Đài PT-TH", "leadAgencyCode", "DKN.DAIPTTH")), a.body().get("addTasks"));
        assertEquals(List.of("t1"), a.body().get("removeTasks"), "the general task is not the form's to remove");
        assertFalse(a.body().containsKey("targets"), "100 typed as text is the same target");
    }

    @Test
    void refusalsNameTheFormsRows() {
        Amendments.Amendment a = new Amendments.Amendment(Map.of(), List.of(3), List.of(5));
        ServiceProblem mapped = a.toForm(new ServiceProblem(400, null, null, List.of(
                new ServiceProblem.FieldError("addTasks[0].leadAgencyCode", "unknown agency X"),
                new ServiceProblem.FieldError("changeTasks[0].obligations[0].dataTo", "…"),
                new ServiceProblem.FieldError("reason", "must not be blank"))));
        assertEquals(List.of("tasks[5].leadAgencyCode", "tasks[3].obligations[0].dataTo", "reason"),
                mapped.errors().stream().map(ServiceProblem.FieldError::field).toList());
    }
}
