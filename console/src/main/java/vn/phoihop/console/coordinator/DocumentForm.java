package vn.phoihop.console.coordinator;

import vn.phoihop.console.services.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document form's model: the document as JSON (what the user typed, or the document being amended),
 * every repeated row marked with its input path ({@code _path}: {@code tasks[1].obligations[0]}) and id
 * ({@code _id}: {@code tasks-1-obligations-0}), with empty rows to fill in. Keys starting with "_" are
 * never inputs, so nothing of this goes back to the service.
 */
public final class DocumentForm {
    /** Obligation blocks shown per task; a blank one is simply left out. */
    static final int OBLIGATIONS_PER_TASK = 2;
    static final String TASK_PLACEHOLDER = "__T__";
    static final String ROW_PLACEHOLDER = "__R__";

    private DocumentForm() {
    }

    /** A copy of {@code doc} ready for the form. */
    public static Map<String, Object> model(Map<String, Object> doc) {
        Map<String, Object> m = new LinkedHashMap<>(doc);
        m.put("legalBasis", rows(m.get("legalBasis"), "legalBasis", 1));
        m.put("targets", rows(m.get("targets"), "targets", 1));
        List<Map<String, Object>> distribution = rows(m.get("distribution"), "distribution", 1);
        distribution.forEach(r -> r.put("agencyCodes", texts(r.get("agencyCodes"))));
        m.put("distribution", distribution);
        List<Map<String, Object>> tasks = rows(m.get("tasks"), "tasks", 1);
        tasks.forEach(DocumentForm::task);
        m.put("tasks", tasks);
        m.putIfAbsent("signer", new LinkedHashMap<>());
        List<Object> authority = Json.list(Json.map(m.get("signer")).get("authority"));
        m.put("_authority", authority.isEmpty() ? "" : String.valueOf(authority.get(0)));
        m.putIfAbsent("reporting", new LinkedHashMap<>());
        m.putIfAbsent("generalTask", new LinkedHashMap<>());
        return m;
    }

    /** An empty task row whose index is the placeholder the page's script replaces. */
    public static Map<String, Object> blankTask() {
        Map<String, Object> t = row("tasks[" + TASK_PLACEHOLDER + "]", "tasks-" + TASK_PLACEHOLDER);
        task(t);
        return t;
    }

    public static Map<String, Object> blankRow(String list) {
        Map<String, Object> r = row(list + "[" + ROW_PLACEHOLDER + "]", list + "-" + ROW_PLACEHOLDER);
        r.put("agencyCodes", List.of());
        return r;
    }

    private static List<String> texts(Object list) {
        List<String> out = new ArrayList<>();
        Json.list(list).forEach(c -> out.add(String.valueOf(c)));
        return out;
    }

    private static void task(Map<String, Object> t) {
        String path = (String) t.get("_path");
        String id = (String) t.get("_id");
        List<Object> given = Json.list(t.get("obligations"));
        List<Map<String, Object>> obligations = new ArrayList<>();
        for (int k = 0; k < Math.max(OBLIGATIONS_PER_TASK, given.size()); k++) {
            Map<String, Object> o = k < given.size() ? new LinkedHashMap<>(Json.map(given.get(k))) : new LinkedHashMap<>();
            o.put("_path", path + ".obligations[" + k + "]");
            o.put("_id", id + "-obligations-" + k);
            o.put("_n", k + 1);
            o.put("indicatorCodes", texts(o.get("indicatorCodes")));
            obligations.add(o);
        }
        t.put("obligations", obligations);
        t.put("cooperatingAgencyCodes", texts(t.get("cooperatingAgencyCodes")));
    }

    private static List<Map<String, Object>> rows(Object given, String list, int atLeast) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Object> items = Json.list(given);
        for (int i = 0; i < Math.max(atLeast, items.size()); i++) {
            Map<String, Object> r = row(list + "[" + i + "]", list + "-" + i);
            if (i < items.size()) {
                r.putAll(Json.map(items.get(i)));
            }
            r.put("_n", i + 1);
            out.add(r);
        }
        return out;
    }

    private static Map<String, Object> row(String path, String id) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("_path", path);
        r.put("_id", id);
        r.put("_n", "");
        return r;
    }
}
