package vn.phoihop.plan.importer.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An official letter's addressees: "Kính gửi: Công an tỉnh" on one line, or "Kính gửi:" followed by one
 * line per addressee ("- UBND các huyện, thị xã, thành phố;"). They are the agencies that carry it out; the
 * letter's text after them is what they are asked to do.
 */
public final class AddresseeRule {
    private static final Pattern KINH_GUI = Pattern.compile("^Kính\\s+gửi\\s*:?\\s*");

    /** The addressees' names and the paragraphs of the letter's text after them (up to Nơi nhận). */
    public record Finding(List<Span> addressees, List<Span> body) {
    }

    public static Finding read(SourceText source) {
        List<SourceText.Paragraph> ps = source.paragraphs();
        int end = Sections.bodyEnd(source);
        for (int i = 0; i < end; i++) {
            Matcher m = KINH_GUI.matcher(ps.get(i).text());
            if (!m.find()) {
                continue;
            }
            List<Span> names = new ArrayList<>();
            addNames(source, ps.get(i).start() + m.end(), ps.get(i).end(), names);
            int j = i + 1;
            while (j < end && ps.get(j).text().matches("^[-+•].*")) {
                addNames(source, ps.get(j).start(), ps.get(j).end(), names);
                j++;
            }
            List<Span> body = new ArrayList<>();
            for (int k = j; k < end; k++) {
                body.add(ps.get(k).span());
            }
            // "Trên đây …" closing a letter belongs to its text too
            if (end < ps.size() && ps.get(end).text().startsWith("Trên đây")) {
                body.add(ps.get(end).span());
            }
            return names.isEmpty() ? null : new Finding(names, body);
        }
        return null;
    }

    private static void addNames(SourceText source, int from, int to, List<Span> names) {
        String text = source.text().substring(from, to);
        int offset = 0;
        for (String part : text.split(";")) {
            String name = part.replaceFirst("^\\s*[-+•]?\\s*", "").replaceAll("[.,\\s]+$", "");
            int at = text.indexOf(name, offset);
            if (!name.isBlank() && at >= 0) {
                names.add(source.span(from + at, from + at + name.length()));
                offset = at + name.length();
            }
        }
    }

    private AddresseeRule() {
    }
}
