package vn.phoihop.plan.importer.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The signature block: authority lines (KT./TM./TL./TUQ./Q.), the title in capitals, then the name. */
public final class SignerRule {
    private static final Pattern AUTHORITY = Pattern.compile("^(KT|TM|TL|TUQ|Q)\\.\\s*\\S.*");

    public record Finding(List<String> authority, String title, String name, Span span) {
    }

    public static Finding read(SourceText source) {
        List<SourceText.Paragraph> ps = source.paragraphs();
        int from = Math.max(0, Math.max(DistributionRule.start(source), Sections.bodyEnd(source)));
        for (int i = from; i < ps.size(); i++) {
            if (!AUTHORITY.matcher(ps.get(i).text()).matches() && !(isCapitals(ps.get(i).text()) && i > from)) {
                continue;
            }
            List<String> authority = new ArrayList<>();
            int j = i;
            while (j < ps.size() && AUTHORITY.matcher(ps.get(j).text()).matches()) {
                authority.add(ps.get(j).text().replaceAll("\\.\\s+", ". ").strip());
                j++;
            }
            String title = null;
            if (j < ps.size() && isCapitals(ps.get(j).text())) {
                title = ps.get(j).text();
                j++;
            }
            String name = null;
            if (j < ps.size() && !isCapitals(ps.get(j).text()) && ps.get(j).text().length() < 60
                    && !ps.get(j).text().startsWith("-")) {
                name = ps.get(j).text();
                j++;
            }
            return new Finding(authority, title, name, source.span(ps.get(i).start(), ps.get(j - 1).end()));
        }
        return null;
    }

    static boolean isCapitals(String t) {
        return t.length() < 80 && t.chars().anyMatch(Character::isLetter) && t.equals(t.toUpperCase());
    }

    private SignerRule() {
    }
}
