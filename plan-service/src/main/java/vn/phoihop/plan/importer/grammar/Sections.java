package vn.phoihop.plan.importer.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body's outline: parts numbered in Roman numerals ("III. TỔ CHỨC THỰC HIỆN"), items numbered in Arabic
 * inside them ("2. Công an tỉnh", "2 Cơ quan …" with the dot forgotten, "5. Sở Tài chính: Căn cứ …" with the
 * text on the same line). The body ends at "Trên đây là …" or "Nơi nhận".
 */
public final class Sections {
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\.\\s*(.+)$");
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\.?\\s+(\\S.*)$");

    public record Section(String numeral, String heading, Span headingSpan, int first, int end) {
    }

    /** An item: heading, the text after "heading:" on the same line (or null), and its following paragraphs. */
    public record Item(int number, String heading, Span headingSpan, Span inline, int paragraph, int first, int end) {
    }

    public static List<Section> sections(SourceText source) {
        List<SourceText.Paragraph> ps = source.paragraphs();
        List<Section> out = new ArrayList<>();
        int bodyEnd = bodyEnd(source);
        for (int i = 0; i < bodyEnd; i++) {
            Matcher m = ROMAN.matcher(ps.get(i).text());
            if (m.find()) {
                int start = ps.get(i).start() + m.start(2);
                out.add(new Section(m.group(1), m.group(2).strip(), source.span(start, ps.get(i).end()), i + 1, bodyEnd));
            }
        }
        for (int k = 0; k + 1 < out.size(); k++) {
            Section s = out.get(k);
            out.set(k, new Section(s.numeral(), s.heading(), s.headingSpan(), s.first(), out.get(k + 1).first() - 1));
        }
        return out;
    }

    /** The first paragraph after the body: "Trên đây là …", "Nơi nhận", or the end. */
    public static int bodyEnd(SourceText source) {
        List<SourceText.Paragraph> ps = source.paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            String t = ps.get(i).text();
            if (t.startsWith("Trên đây") || t.startsWith("Nơi nhận")) {
                return i;
            }
        }
        return ps.size();
    }

    public static int firstSection(SourceText source) {
        List<Section> s = sections(source);
        return s.isEmpty() ? bodyEnd(source) : s.get(0).first() - 1;
    }

    public static List<Item> items(SourceText source, Section section) {
        List<SourceText.Paragraph> ps = source.paragraphs();
        List<Item> out = new ArrayList<>();
        for (int i = section.first(); i < section.end(); i++) {
            Matcher m = ITEM.matcher(ps.get(i).text());
            if (!m.find()) {
                continue;
            }
            SourceText.Paragraph p = ps.get(i);
            String rest = m.group(2);
            int restStart = p.start() + m.start(2);
            int colon = rest.indexOf(": ");
            Span heading;
            Span inline = null;
            if (colon > 0 && colon < 300) {
                heading = source.span(restStart, restStart + colon);
                inline = source.span(restStart + colon + 2, p.end());
            } else {
                String h = rest.replaceAll(":$", "");
                heading = source.span(restStart, restStart + h.length());
            }
            out.add(new Item(Integer.parseInt(m.group(1)), heading.text(), heading, inline, i, i + 1, section.end()));
        }
        for (int k = 0; k + 1 < out.size(); k++) {
            Item it = out.get(k);
            out.set(k, new Item(it.number(), it.heading(), it.headingSpan(), it.inline(), it.paragraph(), it.first(),
                    out.get(k + 1).paragraph()));
        }
        return out;
    }

    private Sections() {
    }
}
