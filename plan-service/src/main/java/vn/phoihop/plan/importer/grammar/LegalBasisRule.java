package vn.phoihop.plan.importer.grammar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The upper documents a document implements: "Thực hiện/Căn cứ Kế hoạch số 451/KH-UBND ngày 22/02/2022 [của
 * UBND tỉnh] về …", several in one sentence separated by ";". Each citation keeps its own words.
 */
public final class LegalBasisRule {
    static final String DOC_KINDS = "Kế hoạch|Quyết định|Chỉ thị|Nghị quyết|Nghị định|Thông tư|Công văn|Chương trình"
            + "|Luật|Hướng dẫn|Thông báo|Văn bản|Kết luận|Đề án";
    private static final Pattern CITATION = Pattern.compile(
            "(?:(?:Thực hiện|Căn cứ)\\s+)?(?:" + DOC_KINDS + ")\\s+số\\s*(\\d+[\\p{L}\\d.\\-]*\\s*/\\s*[\\p{L}\\d]+(?:\\s*[-–]\\s*[\\p{L}\\d]+)*)"
                    + "\\s+ngày\\s+" + VnDates.DATE);
    private static final Pattern ISSUER_END = Pattern.compile(
            "\\s+(?:về|phê duyệt|ban hành|hướng dẫn|triển khai|quy định|thực hiện)\\s");

    /** One citation; issuer is null when the text does not name it. */
    public record Finding(String text, Span span, String number, LocalDate date, String issuer, String title,
                          String issuerSymbol) {
    }

    /** Citations in the paragraphs between {@code from} (inclusive) and {@code to} (exclusive). */
    public static List<Finding> read(SourceText source, int from, int to) {
        List<Finding> out = new ArrayList<>();
        for (SourceText.Paragraph p : source.paragraphs().subList(from, to)) {
            if (!p.text().matches("(?s)^(Thực hiện|Căn cứ|" + DOC_KINDS + ")\\b.*")) {
                continue;
            }
            out.addAll(readParagraph(source, p));
        }
        return out;
    }

    static List<Finding> readParagraph(SourceText source, SourceText.Paragraph p) {
        List<Finding> out = new ArrayList<>();
        Matcher m = CITATION.matcher(p.text());
        List<int[]> starts = new ArrayList<>();
        List<MatchData> data = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[]{m.start(), m.end()});
            data.add(new MatchData(m.group(1), VnDates.parse(m.group(2), m.group(3), m.group(4))));
        }
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i)[0];
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : p.text().length();
            // the last citation ends with its sentence ("… năm 2022. Sở Thông tin và Truyền thông xây dựng …")
            Matcher sentenceEnd = Pattern.compile("\\.\\s+(?=\\p{Lu})").matcher(p.text());
            if (sentenceEnd.find(starts.get(i)[1]) && sentenceEnd.start() < end) {
                end = sentenceEnd.start() + 1;
            }
            String text = p.text().substring(start, end).strip();
            if (i + 1 < starts.size() && !text.endsWith(";") && !text.endsWith(".") && !text.endsWith(",")) {
                // "… số 1/KH và Kế hoạch số 2/KH …": the conjunction belongs to neither
                text = text.replaceFirst("\\s+(và|;)$", "");
            }
            String rest = p.text().substring(starts.get(i)[1], start + text.length()).strip();
            String issuer = null;
            String title;
            if (rest.startsWith("của ")) {
                String afterOf = rest.substring(4);
                Matcher e = ISSUER_END.matcher(afterOf);
                if (e.find()) {
                    issuer = afterOf.substring(0, e.start()).strip();
                    String tail = afterOf.substring(e.start()).strip();
                    title = tail.startsWith("về ") ? tail.substring(3) : tail;
                } else {
                    issuer = afterOf.replaceAll("[;.,]+$", "").strip();
                    title = null;
                }
            } else {
                title = rest.startsWith("về ") ? rest.substring(3) : rest;
            }
            if (title != null) {
                title = title.replaceAll("[;.,]+$", "").strip();
                if (title.isEmpty()) {
                    title = null;
                }
            }
            String number = data.get(i).number.replaceAll("\\s*[-–]\\s*", "-").replaceAll("\\s*/\\s*", "/");
            String symbol = number.contains("-") ? number.substring(number.lastIndexOf('-') + 1) : null;
            out.add(new Finding(text, source.span(p.start() + start, p.start() + start + text.length()), number,
                    data.get(i).date, issuer, title, symbol));
        }
        return out;
    }

    private record MatchData(String number, LocalDate date) {
    }

    private LegalBasisRule() {
    }
}
