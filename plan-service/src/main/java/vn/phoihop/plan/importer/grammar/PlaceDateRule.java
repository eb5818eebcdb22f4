package vn.phoihop.plan.importer.grammar;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Điện Biên, ngày 20 tháng 12 năm 2021"; a draft leaves the day (and often the month) blank. */
public final class PlaceDateRule {
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^([\\p{L}][\\p{L} .'’-]{1,60}?),\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})",
            Pattern.UNICODE_CASE);

    static final Pattern PLACE_LIKE = Pattern.compile(",\\s*ngày\\s*\\d{0,2}\\s*tháng");

    /** {@code date} is null when the day or month is blank. */
    public record Finding(String place, Span placeSpan, LocalDate date, Integer month, int year, Span dateSpan) {
        public boolean blankDay() {
            return date == null;
        }
    }

    public static Finding read(SourceText source) {
        for (SourceText.Paragraph p : source.paragraphs()) {
            Matcher m = PLACE_DATE.matcher(p.text());
            if (m.find()) {
                int o = p.start();
                Integer month = m.group(3) == null ? null : Integer.valueOf(m.group(3));
                LocalDate date = m.group(2) == null || month == null ? null
                        : VnDates.parse(m.group(2), m.group(3), m.group(4));
                return new Finding(m.group(1).strip(), source.span(o + m.start(1), o + m.end(1)), date, month,
                        Integer.parseInt(m.group(4)), source.span(o + m.start(1) + m.group(1).length() + 1, o + m.end()));
            }
        }
        return null;
    }

    private PlaceDateRule() {
    }
}
