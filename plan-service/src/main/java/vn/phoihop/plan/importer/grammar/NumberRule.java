package vn.phoihop.plan.importer.grammar;

import vn.phoihop.plan.plan.DocumentKind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Số: 4256/KH-UBND" (a plan of UBND), "Số: /KH-STTTT" (a draft, number not yet given), "Số: 125/UBND-KGVX"
 * (an official letter: issuer then drafting unit, no kind symbol).
 */
public final class NumberRule {
    private static final Pattern NUMBER = Pattern.compile(
            "^Số\\s*:\\s*(\\d*)\\s*/\\s*([\\p{L}\\d]+)\\s*[-–]\\s*([\\p{L}\\d&]+)(?:\\s*[-–]\\s*([\\p{L}\\d&]+))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What the number says; {@code number} is null for a draft's blank number. */
    public record Finding(String number, DocumentKind kind, String issuerSymbol, String draftingUnit, Span span) {
    }

    public static Finding read(SourceText source) {
        for (SourceText.Paragraph p : source.paragraphs()) {
            Matcher m = NUMBER.matcher(p.text());
            if (m.find()) {
                return read(m, p.start(), source);
            }
        }
        return null;
    }

    static Finding read(Matcher m, int offset, SourceText source) {
        String sequence = m.group(1);
        String first = m.group(2);
        String second = m.group(3);
        DocumentKind kind = kindOf(first);
        Span span = source.span(offset + m.start(), offset + m.end());
        String written = first + "-" + second + (m.group(4) == null ? "" : "-" + m.group(4));
        String number = sequence.isEmpty() ? null : sequence + "/" + written;
        if (kind == null) {
            return new Finding(number, DocumentKind.OFFICIAL_LETTER, first, second, span);
        }
        return new Finding(number, kind, second, m.group(4), span);
    }

    static DocumentKind kindOf(String symbol) {
        for (DocumentKind k : DocumentKind.values()) {
            if (k != DocumentKind.OFFICIAL_LETTER && k.symbol.equalsIgnoreCase(symbol)) {
                return k;
            }
        }
        return null;
    }

    private NumberRule() {
    }
}
