package vn.phoihop.plan.importer.grammar;

import vn.phoihop.plan.plan.Purpose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nơi nhận: one recipient per line ("- Công an tỉnh (p/h);"), the mark in brackets (t/h, b/c, p/h, đăng tải),
 * "Như trên" for the addressees, "Lưu: VT, BCXB" for the archive copies (the drafting unit after VT).
 */
public final class DistributionRule {
    private static final Pattern MARK = Pattern.compile("\\(([^()]*)\\)\\s*[;.,]?\\s*$");

    public record Finding(String name, Span nameSpan, Purpose purpose, List<String> archiveUnits, boolean person) {
    }

    public static int start(SourceText source) {
        List<SourceText.Paragraph> ps = source.paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).text().startsWith("Nơi nhận")) {
                return i;
            }
        }
        return -1;
    }

    public static List<Finding> read(SourceText source) {
        int start = start(source);
        List<Finding> out = new ArrayList<>();
        if (start < 0) {
            return out;
        }
        List<SourceText.Paragraph> ps = source.paragraphs();
        for (int i = start; i < ps.size(); i++) {
            SourceText.Paragraph p = ps.get(i);
            String t = i == start ? p.text().replaceFirst("^Nơi nhận\\s*:?\\s*", "") : p.text();
            if (t.isBlank()) {
                continue;
            }
            if (!t.startsWith("-") && !t.startsWith("+") && i > start) {
                break;
            }
            int offset = p.end() - t.length();
            Matcher lead = Pattern.compile("^[-+]\\s*").matcher(t);
            int nameStart = lead.find() ? lead.end() : 0;
            String line = t.substring(nameStart).replaceAll("[;.,]+$", "").strip();
            int absStart = offset + nameStart;
            if (line.startsWith("Lưu")) {
                String units = line.replaceFirst("^Lưu\\s*:?\\s*", "");
                int s = absStart + line.length() - units.length();
                List<String> archive = new ArrayList<>();
                for (String u : units.split(",")) {
                    String unit = u.strip();
                    if (!unit.isEmpty() && !unit.equalsIgnoreCase("VT")) {
                        archive.add(unit);
                    }
                }
                out.add(new Finding(units, source.span(s, s + units.length()), Purpose.ARCHIVE, archive, false));
                continue;
            }
            Purpose purpose = null;
            String name = line;
            Matcher mark = MARK.matcher(line);
            if (mark.find()) {
                purpose = purpose(mark.group(1));
                if (purpose != null) {
                    name = line.substring(0, mark.start()).strip();
                }
            }
            if (name.toLowerCase(Locale.ROOT).startsWith("như trên")) {
                purpose = Purpose.AS_ABOVE;
            }
            out.add(new Finding(name, source.span(absStart, absStart + name.length()), purpose, List.of(), person(name)));
        }
        return out;
    }

    static Purpose purpose(String mark) {
        String m = mark.toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (m) {
            case "t/h", "th", "thựchiện" -> Purpose.EXECUTE;
            case "b/c", "bc", "báocáo" -> Purpose.INFORMATION;
            case "p/h", "ph", "phốihợp" -> Purpose.COOPERATE;
            case "đăngtải", "đểđăngtải" -> Purpose.PUBLISH;
            default -> null;
        };
    }

    /** A person or the issuer's own leadership ("Đ/c Giám đốc sở", "Ban Giám đốc"), not an agency. */
    static boolean person(String name) {
        String l = name.toLowerCase(Locale.ROOT);
        return l.startsWith("đ/c") || l.startsWith("ban giám đốc") || l.startsWith("giám đốc") || l.startsWith("các đ/c")
                || l.startsWith("lãnh đạo sở") || l.startsWith("ban lãnh đạo");
    }

    private DistributionRule() {
    }
}
