package vn.phoihop.plan.importer.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares names the way a clerk reads them: no case, no diacritics, no punctuation. */
public final class Folding {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A word of a text with its offsets in that text. */
    public record Token(String folded, int start, int end) {
    }

    public static String fold(String s) {
        String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'd');
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String f = fold(m.group());
            if (!f.isEmpty()) {
                tokens.add(new Token(f, m.start(), m.end()));
            }
        }
        return tokens;
    }

    public static String[] words(String text) {
        String f = fold(text);
        return f.isEmpty() ? new String[0] : f.split(" ");
    }

    private Folding() {
    }
}
