package vn.phoihop.plan.importer.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * The document as the rules read it: one paragraph per line. Lines are trimmed, empty ones dropped, markdown
 * emphasis removed, and a line that starts in lower case continues the one before (a page break or a wrapped
 * line in the middle of a sentence). Every span the importer answers points into {@link #text()}.
 */
public final class SourceText {
    /** A paragraph with its offsets in {@link #text()}. */
    public record Paragraph(int index, int start, int end, String text) {
        public Span span() {
            return new Span(start, end, text);
        }
    }

    private final String text;
    private final List<Paragraph> paragraphs;

    private SourceText(String text, List<Paragraph> paragraphs) {
        this.text = text;
        this.paragraphs = paragraphs;
    }

    public static SourceText of(String raw) {
        String cleaned = raw.replace("\r\n", "\n").replace('\r', '\n').replace("**", "").replace('\u00a0', ' ')
                .replace("\t", " ").replace("\ufeff", "");
        List<String> joined = new ArrayList<>();
        for (String line : cleaned.split("\n")) {
            String t = line.strip().replaceAll(" {2,}", " ");
            if (t.isEmpty()) {
                continue;
            }
            if (!joined.isEmpty() && continues(joined.get(joined.size() - 1), t)) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + t);
            } else {
                joined.add(t);
            }
        }
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String p : joined) {
            int start = text.length();
            text.append(p);
            paragraphs.add(new Paragraph(paragraphs.size(), start, text.length(), p));
            text.append('\n');
        }
        return new SourceText(text.toString(), List.copyOf(paragraphs));
    }

    /** A line that begins with a lower-case letter is the rest of the sentence above, unless that one ended. */
    static boolean continues(String previous, String line) {
        int first = line.codePointAt(0);
        if (!Character.isLetter(first) || !Character.isLowerCase(first)) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        return last != ':' && last != '.' && last != ';' || previous.endsWith("...");
    }

    public String text() {
        return text;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public Span span(int start, int end) {
        return Span.of(this, start, end);
    }
}
