package vn.phoihop.plan.importer;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventJson;
import vn.phoihop.plan.importer.grammar.SourceText;
import vn.phoihop.plan.importer.names.AgencyMatcher;
import vn.phoihop.plan.importer.names.Folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads the three source documents as text, as a DOCX and as a PDF made from that text, and compares each
 * proposal with the hand-made fixtures field by field: precision and recall per kind of field, 90% at least.
 * Questions left unanswered count as misses.
 */
class ImportAccuracyTest {
    static final String[] FORMATS = {"text", "docx", "pdf"};

    /** Counts per kind of field: true positives, false positives, false negatives. */
    static final class Score {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }
    }

    @Test
    void proposalsMatchTheFixtures() {
        Map<String, Score> scores = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (SeedDocuments.Seed seed : SeedDocuments.SEEDS) {
            String text = SeedDocuments.text(seed);
            JsonNode fixture = SeedDocuments.fixture(seed);
            for (String format : FORMATS) {
                byte[] bytes = switch (format) {
                    case "docx" -> SeedDocuments.docx(text);
                    case "pdf" -> SeedDocuments.pdf(text);
                    default -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                };
                String type = switch (format) {
                    case "docx" -> DocumentReader.DOCX;
                    case "pdf" -> "application/pdf";
                    default -> "text/plain";
                };
                DocumentReader.Read read = new DocumentReader(5 << 20, 60).read(bytes, type);
                AgencyMatcher agencies = new AgencyMatcher(SeedDocuments.directory(seed), fixture.path("issuerCode").asText());
                ImportDtos.ImportProposal proposal = new DocumentImporter(SourceText.of(read.text()), agencies).propose(format);
                JsonNode got = EventJson.MAPPER.valueToTree(proposal);
                compare(seed.file() + "/" + format, fixture, got, scores, misses);
            }
        }
        StringBuilder table = new StringBuilder("\n| field kind | expected | proposed | correct | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
        Score total = new Score();
        scores.forEach((kind, s) -> {
            table.append(String.format("| %s | %d | %d | %d | %.1f%% | %.1f%% |%n", kind, s.tp + s.fn, s.tp + s.fp, s.tp,
                    100 * s.precision(), 100 * s.recall()));
            total.tp += s.tp;
            total.fp += s.fp;
            total.fn += s.fn;
        });
        table.append(String.format("| **all** | %d | %d | %d | %.1f%% | %.1f%% |%n", total.tp + total.fn, total.tp + total.fp,
                total.tp, 100 * total.precision(), 100 * total.recall()));
        System.out.println(table);
        misses.stream().distinct().forEach(m -> System.out.println("  miss: " + (m.length() > 220 ? m.substring(0, 220) + "…" : m)));
        scores.forEach((kind, s) -> {
            assertTrue(s.precision() >= 0.9, kind + " precision " + s.precision());
            assertTrue(s.recall() >= 0.9, kind + " recall " + s.recall());
        });
    }

    static void compare(String run, JsonNode expected, JsonNode proposal, Map<String, Score> scores, List<String> misses) {
        JsonNode plan = proposal.path("plan");
        Map<String, List<String>> exp = new HashMap<>();
        Map<String, List<String>> got = new HashMap<>();
        // the document
        add(exp, "document", "number=" + text(expected.path("issue").path("number")));
        add(got, "document", "number=" + text(proposal.path("number")));
        add(exp, "document", "issuedOn=" + text(expected.path("issue").path("issuedOn")));
        add(got, "document", "issuedOn=" + text(proposal.path("issuedOn")));
        for (String f : List.of("kind", "subject", "place", "period")) {
            add(exp, "document", f + "=" + text(expected.path(f)));
            add(got, "document", f + "=" + text(plan.path(f)));
        }
        expected.path("topics").forEach(t -> add(exp, "topics", t.asText()));
        plan.path("topics").forEach(t -> add(got, "topics", t.asText()));
        for (var pair : List.of(Map.entry(expected, exp), Map.entry(plan, got))) {
            JsonNode doc = pair.getKey();
            Map<String, List<String>> into = pair.getValue();
            doc.path("legalBasis").forEach(b -> {
                add(into, "legal basis (number, date)", text(b.path("number")) + " " + text(b.path("date")));
                add(into, "legal basis (issuer, title)", norm(b.path("issuer")) + " | " + norm(b.path("title")));
            });
            doc.path("targets").forEach(t -> {
                add(into, "targets (goal, description)", t.path("goalValue").decimalValue().stripTrailingZeros().toPlainString()
                        + t.path("unit").asText() + " " + norm(t.path("description")));
                add(into, "targets (indicator)", t.path("indicatorCode").asText());
            });
            doc.path("tasks").forEach(t -> {
                String lead = text(t.path("leadAgencyCode"));
                add(into, "tasks (lead agency)", lead);
                t.path("cooperatingAgencyCodes").forEach(c -> add(into, "tasks (cooperating agencies)", lead + " + " + c.asText()));
                add(into, "tasks (description)", lead + " " + norm(t.path("description")));
                t.path("obligations").forEach(o -> add(into, "report obligations", lead + " " + o.path("kind").asText() + " "
                        + text(o.path("frequency")) + " due " + text(o.path("deadline")) + " to " + text(o.path("reportToCode"))
                        + " consolidated by " + text(o.path("consolidatorCode")) + " for " + text(o.path("upwardToCode"))));
            });
            doc.path("distribution").forEach(r -> {
                add(into, "Nơi nhận (name, mark)", r.path("name").asText() + " (" + text(r.path("purpose")) + ")");
                r.path("agencyCodes").forEach(c -> add(into, "Nơi nhận (agencies)", r.path("name").asText() + " = " + c.asText()));
            });
            JsonNode signer = doc.path("signer");
            signer.path("authority").forEach(a -> add(into, "signer", "authority " + a.asText()));
            add(into, "signer", "title " + text(signer.path("title")));
            add(into, "signer", "name " + text(signer.path("name")));
        }
        for (String kind : union(exp, got)) {
            List<String> e = new ArrayList<>(exp.getOrDefault(kind, List.of()));
            List<String> g = new ArrayList<>(got.getOrDefault(kind, List.of()));
            e.removeIf(v -> v.endsWith("=null") || v.endsWith(" null") && v.startsWith("name"));
            g.removeIf(v -> v.endsWith("=null") || v.endsWith(" null") && v.startsWith("name"));
            Score s = scores.computeIfAbsent(kind, k -> new Score());
            for (String v : g) {
                if (e.remove(v)) {
                    s.tp++;
                } else {
                    s.fp++;
                    misses.add(run + " " + kind + " unexpected: " + v);
                }
            }
            s.fn += e.size();
            e.forEach(v -> misses.add(run + " " + kind + " missing: " + v));
        }
    }

    private static List<String> union(Map<String, List<String>> a, Map<String, List<String>> b) {
        java.util.Set<String> keys = new java.util.TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return new ArrayList<>(keys);
    }

    private static void add(Map<String, List<String>> into, String kind, String value) {
        into.computeIfAbsent(kind, k -> new ArrayList<>()).add(value);
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? "null" : n.asText();
    }

    /** Words as written, without the spacing and the closing punctuation that vary between copies. */
    private static String norm(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? "null"
                : n.asText().replaceAll("\\s+", " ").replaceAll("[\\s;.,:/]+$", "").strip();
    }

    @SuppressWarnings("unused")
    private static String fold(String s) {
        return Folding.fold(s);
    }
}
