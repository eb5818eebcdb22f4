package vn.phoihop.console.web;

import io.quarkus.qute.TemplateData;
import vn.phoihop.console.services.ServiceProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's refusal laid out for a form: each message in Vietnamese next to the field it names
 * ({@code tasks[0].leadAgencyCode} is the name of the input), and what names no field of the form on top.
 */
@TemplateData
public final class FieldErrors {
    public static final FieldErrors NONE = new FieldErrors(Map.of(), List.of());

    private final Map<String, String> byField;
    private final List<String> general;

    private FieldErrors(Map<String, String> byField, List<String> general) {
        this.byField = byField;
        this.general = general;
    }

    /**
     * Lays out {@code problem} for a form whose inputs are {@code formFields}: a field error whose path
     * (or a parent path) is an input goes there; the others, and a problem naming no field, go on top.
     */
    public static FieldErrors of(ServiceProblem problem, java.util.Collection<String> formFields) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (ServiceProblem.FieldError e : problem.errors()) {
            String field = fieldOnForm(e.field(), formFields);
            String message = Messages.vi(e.message());
            if (field != null) {
                byField.merge(field, message, (a, b) -> a.equals(b) ? a : a + "; " + b);
            } else {
                general.add(Messages.fieldLabel(e.field()) + ": " + message);
            }
        }
        if (problem.errors().isEmpty() || (byField.isEmpty() && general.isEmpty())) {
            general.add(Messages.problem(problem));
        }
        return new FieldErrors(byField, general);
    }

    /** A single message on top of the form. */
    public static FieldErrors general(String message) {
        return new FieldErrors(Map.of(), List.of(message));
    }

    /** The input that shows an error on {@code path}: the path itself, else its nearest parent on the form. */
    static String fieldOnForm(String path, java.util.Collection<String> formFields) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String p = path;
        while (true) {
            if (formFields.contains(p)) {
                return p;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return null;
            }
            p = p.substring(0, cut);
        }
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.getOrDefault(field, "");
    }

    /** The message for {@code prefix.leaf} (rows of repeated inputs: {@code tasks[0]} and {@code title}). */
    public String at(String prefix, String leaf) {
        return get(prefix + "." + leaf);
    }

    public boolean on(String prefix, String leaf) {
        return has(prefix + "." + leaf);
    }

    public List<String> general() {
        return general;
    }

    public Map<String, String> byField() {
        return byField;
    }
}
