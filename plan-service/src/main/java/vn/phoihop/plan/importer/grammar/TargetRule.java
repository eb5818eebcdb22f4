package vn.phoihop.plan.importer.grammar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets (chỉ tiêu) in the parts on objectives, requirements and targets: every item or bullet with a
 * percentage; a clause after ";" that starts with its own percentage ("…; 100% các vụ việc …") is a target of
 * its own. The indicator comes from the words (xã, phường, thị trấn → communes reached …).
 */
public final class TargetRule {
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*%");
    private static final Pattern CLAUSE_WITH_PERCENT = Pattern.compile(";\\s+(?=(?:[\\p{L}]+\\s+){0,2}\\d{1,3}\\s*%)");
    private static final Pattern LEAD = Pattern.compile("^(?:[-–+•]\\s*|\\d{1,2}\\.\\s*)");
    private static final Map<String, String> INDICATORS = new LinkedHashMap<>();

    static {
        INDICATORS.put("trọng điểm", "KEY_AREAS_REACHED");
        INDICATORS.put("xã, phường, thị trấn", "COMMUNES_REACHED");
        INDICATORS.put("huyện, thị xã, thành phố", "DISTRICTS_WITH_PLANS");
        INDICATORS.put("tin báo", "REPORTS_HANDLED");
        INDICATORS.put("tố giác", "REPORTS_HANDLED");
        INDICATORS.put("tổ giác", "REPORTS_HANDLED");
        INDICATORS.put("vụ việc", "VIOLATIONS_HANDLED");
        INDICATORS.put("giảm tác hại", "HOTSPOTS_WITH_HARM_REDUCTION");
        INDICATORS.put("tập huấn", "OFFICERS_TRAINED");
    }

    public record Finding(String indicatorCode, String description, BigDecimal goalValue, String unit, Span span) {
    }

    /** True for the headings of parts that hold targets. */
    public static boolean holdsTargets(String heading) {
        String h = heading.toUpperCase(Locale.ROOT);
        return h.contains("CHỈ TIÊU") || h.contains("MỤC TIÊU") || h.contains("YÊU CẦU");
    }

    public static List<Finding> read(SourceText source, int from, int to) {
        List<Finding> out = new ArrayList<>();
        for (SourceText.Paragraph p : source.paragraphs().subList(from, to)) {
            if (!PERCENT.matcher(p.text()).find()) {
                continue;
            }
            Matcher lead = LEAD.matcher(p.text());
            int offset = lead.find() ? lead.end() : 0;
            String body = p.text().substring(offset);
            int clauseStart = 0;
            Matcher split = CLAUSE_WITH_PERCENT.matcher(body);
            List<int[]> clauses = new ArrayList<>();
            while (split.find()) {
                clauses.add(new int[]{clauseStart, split.start() + 1});
                clauseStart = split.end();
            }
            clauses.add(new int[]{clauseStart, body.length()});
            for (int[] c : clauses) {
                String clause = body.substring(c[0], c[1]).strip();
                Matcher pct = PERCENT.matcher(clause);
                if (!pct.find()) {
                    continue;
                }
                String description = clause.replaceAll("[;,]+$", "").strip();
                int start = p.start() + offset + c[0];
                out.add(new Finding(indicator(description), description,
                        new BigDecimal(pct.group(1).replace(',', '.')), "%", source.span(start, start + description.length())));
            }
        }
        return out;
    }

    static String indicator(String description) {
        String lower = description.toLowerCase(Locale.ROOT);
        for (var e : INDICATORS.entrySet()) {
            if (lower.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private TargetRule() {
    }
}
