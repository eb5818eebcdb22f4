package vn.phoihop.console.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Form inputs named by JSON path ({@code tasks[0].obligations[1].dataFrom}) into the JSON body the service
 * reads. Blank inputs are left out, so the service sees exactly what the user filled in; list indexes
 * need not be contiguous (a removed row leaves a gap, closed here).
 */
public final class FormPaths {
    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private FormPaths() {
    }

    /** The body for these inputs; each input's first value counts. */
    public static Map<String, Object> toJson(Map<String, List<String>> form) {
        Map<String, Object> root = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank() || name.startsWith("_")) {
                return;
            }
            put(root, name, isoDate(values.get(0).trim()));
        });
        return compact(root);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String path, String value) {
        Object node = root;
        String[] steps = path.split("\\.");
        for (int s = 0; s < steps.length; s++) {
            Matcher m = STEP.matcher(steps[s]);
            if (!m.matches()) {
                return;
            }
            List<Integer> indexes = new ArrayList<>();
            Matcher i = INDEX.matcher(m.group(2));
            while (i.find()) {
                indexes.add(Integer.parseInt(i.group(1)));
            }
            Map<String, Object> map = (Map<String, Object>) node;
            boolean last = s == steps.length - 1;
            if (indexes.isEmpty()) {
                if (last) {
                    map.put(m.group(1), value);
                    return;
                }
                node = map.computeIfAbsent(m.group(1), k -> new LinkedHashMap<String, Object>());
                continue;
            }
            // lists are kept as index → element until compact() closes the gaps
            Object current = map.computeIfAbsent(m.group(1), k -> new TreeMap<Integer, Object>());
            for (int k = 0; k < indexes.size(); k++) {
                TreeMap<Integer, Object> list = (TreeMap<Integer, Object>) current;
                boolean lastIndex = k == indexes.size() - 1;
                if (lastIndex && last) {
                    list.put(indexes.get(k), value);
                    return;
                }
                current = list.computeIfAbsent(indexes.get(k), x -> lastIndex ? new LinkedHashMap<String, Object>() : new TreeMap<Integer, Object>());
            }
            node = current;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T compact(Object node) {
        if (node instanceof TreeMap<?, ?> list) {
            List<Object> out = new ArrayList<>();
            list.values().forEach(v -> out.add(compact(v)));
            return (T) out;
        }
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, compact(v)));
            return (T) out;
        }
        return (T) node;
    }

    private static final Pattern VN_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    /**
     * A date typed as offices write it (30/06/2020, 1/7/2020) in the form the services read (2020-06-30);
     * anything else, an impossible date included, stays as typed for the service to name.
     */
    public static String isoDate(String typed) {
        if (typed == null) {
            return null;
        }
        Matcher m = VN_DATE.matcher(typed.trim());
        if (!m.matches()) {
            return typed;
        }
        try {
            return java.time.LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).toString();
        } catch (java.time.DateTimeException e) {
            return typed;
        }
    }

    /** Indicator values typed as text ("1.234,5" or "1234.5") as numbers; null when not a number. */
    public static BigDecimal number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String s = typed.trim().replace(" ", "");
        if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.');
        } else if (s.matches("\\d{1,3}(\\.\\d{3})+")) {
            s = s.replace(".", "");
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
