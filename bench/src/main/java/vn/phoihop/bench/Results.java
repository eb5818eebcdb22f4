package vn.phoihop.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What one run measured: rows of the table, the anchors they are compared with, the machine, notes. */
final class Results {
    /**
     * One measured figure.
     *
     * @param work   what was measured, as a reader would say it
     * @param value  the figure
     * @param unit   s, ms, /s, MB …
     * @param target the target, in words ("≤ 2 s"), or empty
     * @param met    whether the target was met; null when there is none
     * @param anchor name of the anchor it is compared with, or null
     * @param ratio  value as a fraction of the anchor (a rate divided by the anchor's rate), or null
     */
    record Row(String section, String work, double value, String unit, String target, Boolean met, String anchor,
               Double ratio, String note) {
    }

    final List<Row> rows = new ArrayList<>();
    final Map<String, Double> anchors = new LinkedHashMap<>();
    final Map<String, String> machine = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();

    void anchor(String name, double perSecond) {
        anchors.put(name, perSecond);
        System.out.printf(Locale.ROOT, "anchor  %-55s %12.0f /s%n", name, perSecond);
    }

    void add(String section, String work, double value, String unit, String target, Boolean met, String anchor,
             String note) {
        Double ratio = anchor == null || !anchors.containsKey(anchor) || anchors.get(anchor) == 0 ? null
                : value / anchors.get(anchor);
        Row row = new Row(section, work, value, unit, target, met, anchor, ratio, note == null ? "" : note);
        rows.add(row);
        System.out.printf(Locale.ROOT, "result  %-55s %12s %-4s %s%s%n", work, format(value), unit,
                target.isEmpty() ? "" : "target " + target + (met == null ? "" : met ? " met" : " NOT met"),
                ratio == null ? "" : String.format(Locale.ROOT, "  (%.3f × %s)", ratio, anchor));
    }

    void note(String text) {
        notes.add(text);
        System.out.println("note    " + text);
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        if (Math.abs(value) >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    String markdown(String title) {
        StringBuilder md = new StringBuilder("## ").append(title).append("\n\n");
        machine.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\nRaw anchors, same machine, same run:\n\n| anchor | rate |\n|---|---:|\n");
        anchors.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(format(v)).append(" /s |\n"));
        md.append("\n| area | work | measured | target | met | ratio to anchor | note |\n|---|---|---:|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(r.section()).append(" | ").append(r.work()).append(" | ")
                    .append(format(r.value())).append(' ').append(r.unit()).append(" | ").append(r.target()).append(" | ")
                    .append(r.met() == null ? "" : r.met() ? "yes" : "**no**").append(" | ")
                    .append(r.ratio() == null ? "" : String.format(Locale.ROOT, "%.3f × %s", r.ratio(), r.anchor()))
                    .append(" | ").append(r.note().replace("|", "/")).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    void write(Path directory, String name, String title) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.set("machine", json.valueToTree(machine));
        root.set("anchors", json.valueToTree(anchors));
        ArrayNode list = root.putArray("results");
        rows.forEach(r -> list.add(json.valueToTree(r)));
        root.set("notes", json.valueToTree(notes));
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name + ".md"), markdown(title), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(name + ".json"), json.writeValueAsString(root), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
