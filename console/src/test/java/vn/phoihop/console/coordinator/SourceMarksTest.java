package vn.phoihop.console.coordinator;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceMarksTest {
    @Test
    void smallerMarkWinsOverlapsAndTextIsEscaped() {
        String text = "1. Công an tỉnh <b>\n- Chủ trì";
        List<Object> sources = List.of(
                Map.of("field", "tasks[0].description", "start", 0, "end", text.length(), "confidence", 1.0),
                Map.of("field", "tasks[0].leadAgencyCode", "start", 3, "end", 15, "confidence", 0.9));
        List<Object> questions = List.of(Map.of("field", "place", "start", 0, "end", 0));
        assertEquals("1. <mark class=\"sure\" data-field=\"tasks[0].leadAgencyCode\" title=\"tasks[0].leadAgencyCode — độ tin cậy 90%\">"
                + "Công an tỉnh</mark> &lt;b&gt;\n- Chủ trì", SourceMarks.html(text, sources, questions));
    }

    @Test
    void questionsAreMarkedToAnswer() {
        String html = SourceMarks.html("Cơ quan có Trang TTĐT", List.of(),
                List.of(Map.of("field", "tasks[2].leadAgencyCode", "start", 0, "end", 7)));
        assertEquals("<mark class=\"ask\" data-field=\"tasks[2].leadAgencyCode\" title=\"tasks[2].leadAgencyCode — cần trả lời\">"
                + "Cơ quan</mark> có Trang TTĐT", html);
    }
}
