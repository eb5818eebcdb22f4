package vn.phoihop.console.coordinator;

import vn.phoihop.console.services.Json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The document as read, as HTML with each field's words marked ({@code <mark data-field="tasks[2].leadAgencyCode">}),
 * so the review page can show where every field of the proposal came from. Where marks overlap the smaller
 * wins (the lead agency inside the task's text), and every mark still names its field.
 */
final class SourceMarks {
    private record Mark(int start, int end, String field, double confidence) {
    }

    static String html(String text, List<Object> sources, List<Object> questions) {
        List<Mark> all = new ArrayList<>();
        for (Object o : sources) {
            Map<String, Object> s = Json.map(o);
            all.add(new Mark(((Number) s.get("start")).intValue(), ((Number) s.get("end")).intValue(),
                    String.valueOf(s.get("field")), ((Number) s.get("confidence")).doubleValue()));
        }
        for (Object o : questions) {
            Map<String, Object> q = Json.map(o);
            int start = ((Number) q.get("start")).intValue();
            int end = ((Number) q.get("end")).intValue();
            if (end > start) {
                all.add(new Mark(start, end, String.valueOf(q.get("field")), 0));
            }
        }
        all.sort(Comparator.comparingInt((Mark m) -> m.end - m.start));
        List<Mark> chosen = new ArrayList<>();
        for (Mark m : all) {
            if (m.start >= 0 && m.end <= text.length() && chosen.stream().noneMatch(c -> c.start < m.end && m.start < c.end)) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Mark::start));
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (Mark m : chosen) {
            html.append(escape(text.substring(at, m.start)));
            String cls = m.confidence == 0 ? "ask" : m.confidence < 0.85 ? "unsure" : "sure";
            html.append("<mark class=\"").append(cls).append("\" data-field=\"").append(escape(m.field))
                    .append("\" title=\"").append(escape(m.field)).append(m.confidence == 0 ? " — cần trả lời"
                            : " — độ tin cậy " + Math.round(m.confidence * 100) + "%").append("\">")
                    .append(escape(text.substring(m.start, m.end))).append("</mark>");
            at = m.end;
        }
        html.append(escape(text.substring(at)));
        return html.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private SourceMarks() {
    }
}
