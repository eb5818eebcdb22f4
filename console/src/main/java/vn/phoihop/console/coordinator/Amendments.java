package vn.phoihop.console.coordinator;

import vn.phoihop.console.services.Json;
import vn.phoihop.console.services.ServiceProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amendment (sửa đổi, bổ sung) from the edited form: plan-service takes explicit changes, so the tasks
 * the user edited become {@code changeTasks}, new ones {@code addTasks}, deleted ones {@code removeTasks},
 * and changed targets {@code targets}. The service's refusals name those lists; {@link #toForm} names
 * the form's inputs instead.
 */
public final class Amendments {
    private static final Pattern LIST_FIELD = Pattern.compile("^(changeTasks|addTasks)\\[(\\d+)](.*)$");

    /** The body, and for each of changeTasks/addTasks the index of the task row on the form. */
    public record Amendment(Map<String, Object> body, List<Integer> changedRows, List<Integer> addedRows) {

        /** A refusal naming {@code changeTasks[1].leadAgencyCode} → {@code tasks[3].leadAgencyCode}. */
        public ServiceProblem toForm(ServiceProblem p) {
            List<ServiceProblem.FieldError> errors = new ArrayList<>();
            for (ServiceProblem.FieldError e : p.errors()) {
                Matcher m = LIST_FIELD.matcher(e.field() == null ? "" : e.field());
                String field = e.field();
                if (m.matches()) {
                    List<Integer> rows = m.group(1).equals("changeTasks") ? changedRows : addedRows;
                    int i = Integer.parseInt(m.group(2));
                    if (i < rows.size()) {
                        field = "tasks[" + rows.get(i) + "]" + m.group(3);
                    }
                }
                errors.add(new ServiceProblem.FieldError(field, e.message()));
            }
            return new ServiceProblem(p.status(), p.title(), p.detail(), errors);
        }
    }

    private Amendments() {
    }

    public static Amendment of(Map<String, Object> original, Map<String, Object> edited, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason.trim());
        }
        Map<String, Map<String, Object>> before = new HashMap<>();
        for (Object t : Json.list(original.get("tasks"))) {
            Map<String, Object> task = Json.map(t);
            if (!Boolean.TRUE.equals(task.get("general"))) {
                before.put(String.valueOf(task.get("id")), task);
            }
        }
        List<Object> add = new ArrayList<>();
        List<Object> change = new ArrayList<>();
        List<Integer> addedRows = new ArrayList<>();
        List<Integer> changedRows = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<Object> tasks = Json.list(edited.get("tasks"));
        for (int i = 0; i < tasks.size(); i++) {
            Map<String, Object> t = Json.map(tasks.get(i));
            Object id = t.get("id");
            if (id == null || !before.containsKey(id.toString())) {
                Map<String, Object> copy = new LinkedHashMap<>(t);
                copy.remove("id");
                add.add(copy);
                addedRows.add(i);
            } else {
                kept.add(id.toString());
                if (!sameTask(before.get(id.toString()), t)) {
                    change.add(t);
                    changedRows.add(i);
                }
            }
        }
        List<Object> remove = new ArrayList<>();
        before.keySet().stream().filter(id -> !kept.contains(id)).forEach(remove::add);
        if (!add.isEmpty()) {
            body.put("addTasks", add);
        }
        if (!change.isEmpty()) {
            body.put("changeTasks", change);
        }
        if (!remove.isEmpty()) {
            body.put("removeTasks", remove);
        }
        if (!Objects.equals(normal(original.get("targets")), normal(edited.get("targets")))) {
            body.put("targets", edited.getOrDefault("targets", List.of()));
        }
        return new Amendment(body, changedRows, addedRows);
    }

    /** The form sends strings; the service's view has numbers and nulls. Compared as the form would send them. */
    static boolean sameTask(Map<String, Object> before, Map<String, Object> after) {
        return Objects.equals(normal(strip(before)), normal(after));
    }

    private static Map<String, Object> strip(Map<String, Object> task) {
        Map<String, Object> t = new LinkedHashMap<>(task);
        t.remove("general");
        return t;
    }

    /** Nulls, blanks and empty lists dropped; everything as text. */
    static Object normal(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.TreeMap<>();
            m.forEach((k, v) -> {
                Object n = normal(v);
                if (n != null && !String.valueOf(k).startsWith("_")) {
                    out.put(String.valueOf(k), n);
                }
            });
            return out.isEmpty() ? null : out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> {
                Object n = normal(v);
                if (n != null) {
                    out.add(n);
                }
            });
            return out.isEmpty() ? null : out;
        }
        if (o == null || o.toString().isBlank()) {
            return null;
        }
        if (o instanceof Number n) {
            return new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        String s = o.toString().trim();
        try {
            if (s.matches("-?\\d+(\\.\\d+)?")) {
                return new java.math.BigDecimal(s).stripTrailingZeros().toPlainString();
            }
        } catch (NumberFormatException ignored) {
            // text
        }
        return s;
    }
}
