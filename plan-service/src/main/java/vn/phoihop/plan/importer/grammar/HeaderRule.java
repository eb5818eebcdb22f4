package vn.phoihop.plan.importer.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The header above the number (Decree 30/2020, appendix I): the parent body on the first line, the issuing
 * body below it, both in capitals ("UBND TỈNH ĐIỆN BIÊN" / "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"). The national
 * motto on the right ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc") is not part of it.
 */
public final class HeaderRule {
    private static final Pattern MOTTO = Pattern.compile(
            "(?i)CỘNG\\s+HÒA\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM|Độc\\s+lập\\s*[-–]\\s*Tự\\s+do\\s*[-–]\\s*Hạnh\\s+phúc");

    /** Parent may be null (a body with no parent line). */
    public record Finding(String parent, Span parentSpan, String issuer, Span issuerSpan) {
    }

    public static Finding read(SourceText source) {
        List<Span> lines = new ArrayList<>();
        for (SourceText.Paragraph p : source.paragraphs()) {
            if (p.text().startsWith("Số") || PlaceDateRule.PLACE_LIKE.matcher(p.text()).find()
                    || SubjectRule.kindLine(p.text()) != null || p.index() > 8) {
                break;
            }
            var m = MOTTO.matcher(p.text());
            int from = 0;
            String rest = p.text();
            if (m.find()) {
                if (m.start() == 0) {
                    continue;
                }
                rest = p.text().substring(0, m.start());
            }
            String t = rest.strip().replaceAll("[-_]+$", "").strip();
            if (!t.isEmpty() && t.equals(t.toUpperCase()) && t.chars().anyMatch(Character::isLetter)) {
                lines.add(source.span(p.start() + from, p.start() + from + t.length()));
            }
        }
        if (lines.isEmpty()) {
            return null;
        }
        Span issuer = lines.get(lines.size() - 1);
        Span parent = lines.size() > 1 ? lines.get(lines.size() - 2) : null;
        return new Finding(parent == null ? null : parent.text(), parent, issuer.text(), issuer);
    }

    private HeaderRule() {
    }
}
