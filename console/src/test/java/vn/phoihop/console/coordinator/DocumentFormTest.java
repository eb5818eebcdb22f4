package vn.phoihop.console.coordinator;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentFormTest {

    @Test
    void rowsKnowTheirInputPathsAndEmptyOnesAreOffered() {
        Map<String, Object> m = DocumentForm.model(Map.of("subject", "x",
                "tasks", List.of(Map.of("title", "Báo Đắk Nông", "obligations", List.of(Map.of("kind", "ONCE"))))));
        @SuppressWarnings("unchecked")
        Map<String, Object> task = ((List<Map<String, Object>>) m.get("tasks")).get(0);
        assertEquals("tasks[0]", task.get("_path"));
        assertEquals("tasks-0", task.get("_id"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> obligations = (List<Map<String, Object>>) task.get("obligations");
        assertEquals(2, obligations.size());
        assertEquals("tasks[0].obligations[1]", obligations.get(1).get("_path"));
        assertEquals("ONCE", obligations.get(0).get("kind"));
        assertEquals(1, ((List<?>) m.get("distribution")).size(), "one empty Nơi nhận row to start with");
        assertEquals("tasks[__T__]", DocumentForm.blankTask().get("_path"));
    }
}
