package vn.phoihop.plan.importer.grammar;

import vn.phoihop.plan.plan.DocumentKind;
import vn.phoihop.plan.plan.Topic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind in capitals with the subject (trích yếu) after it or on the next line ("KẾ HOẠCH / Thông tin tuyên
 * truyền …"), or an official letter's "V/v …". The period comes from the subject ("năm 2022", "giai đoạn
 * 2021-2025"), the topics from its words.
 */
public final class SubjectRule {
    private static final Map<String, DocumentKind> KIND_WORDS = Map.of(
            "KẾ HOẠCH", DocumentKind.PLAN, "QUYẾT ĐỊNH", DocumentKind.DECISION, "CHỈ THỊ", DocumentKind.DIRECTIVE,
            "THÔNG BÁO", DocumentKind.NOTICE, "HƯỚNG DẪN", DocumentKind.GUIDANCE, "CHƯƠNG TRÌNH", DocumentKind.PROGRAMME);
    private static final Pattern LETTER = Pattern.compile("^V/v\\s*:?\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("năm\\s+(\\d{4})");
    private static final Map<String, Topic> TOPIC_WORDS = new java.util.LinkedHashMap<>();

    static {
        TOPIC_WORDS.put("mại dâm", Topic.PROSTITUTION);
        TOPIC_WORDS.put("mua bán người", Topic.HUMAN_TRAFFICKING);
        TOPIC_WORDS.put("ma túy", Topic.DRUGS);
        TOPIC_WORDS.put("ma tuý", Topic.DRUGS);
        TOPIC_WORDS.put("hiv/aids", Topic.HIV_AIDS);
        TOPIC_WORDS.put("xâm hại trẻ em", Topic.CHILD_ABUSE);
        TOPIC_WORDS.put("bạo lực gia đình", Topic.DOMESTIC_VIOLENCE);
        TOPIC_WORDS.put("không gian mạng", Topic.CYBERSPACE);
    }

    public record Finding(DocumentKind kind, Span kindSpan, String subject, Span subjectSpan) {
    }

    /** The kind a line in capitals announces ("KẾ HOẠCH"), or null. */
    static DocumentKind kindLine(String text) {
        for (var e : KIND_WORDS.entrySet()) {
            String rest = text.startsWith(e.getKey()) ? text.substring(e.getKey().length()) : null;
            // "KẾ HOẠCH" alone, or followed by the subject in ordinary case (not a heading in capitals)
            if (rest != null && (rest.isBlank() || rest.startsWith(" ") && rest.chars().anyMatch(Character::isLowerCase))) {
                return e.getValue();
            }
        }
        return null;
    }

    public static Finding read(SourceText source) {
        List<SourceText.Paragraph> ps = source.paragraphs();
        for (int i = 0; i < Math.min(ps.size(), 20); i++) {
            SourceText.Paragraph p = ps.get(i);
            Matcher letter = LETTER.matcher(p.text());
            if (letter.find()) {
                return new Finding(DocumentKind.OFFICIAL_LETTER, source.span(p.start(), p.start() + 3), letter.group(1).strip(),
                        source.span(p.start() + letter.start(1), p.end()));
            }
            DocumentKind kind = kindLine(p.text());
            if (kind == null) {
                continue;
            }
            String word = KIND_WORDS.entrySet().stream().filter(e -> e.getValue() == kind).findFirst().orElseThrow().getKey();
            Span kindSpan = source.span(p.start(), p.start() + word.length());
            String rest = p.text().substring(word.length()).strip();
            if (!rest.isEmpty()) {
                int start = p.end() - rest.length();
                return new Finding(kind, kindSpan, rest, source.span(start, p.end()));
            }
            if (i + 1 < ps.size()) {
                SourceText.Paragraph next = ps.get(i + 1);
                return new Finding(kind, kindSpan, next.text(), next.span());
            }
        }
        return null;
    }

    /** "2021-2025" from "giai đoạn 2021-2025", "2022" from "năm 2022", else null. */
    public static String period(String subject) {
        Matcher range = RANGE.matcher(subject);
        if (range.find()) {
            return range.group(1) + "-" + range.group(2);
        }
        Matcher year = YEAR.matcher(subject);
        return year.find() ? year.group(1) : null;
    }

    /** Topics named in the given texts, in a fixed order. */
    public static List<Topic> topics(String... texts) {
        Set<Topic> topics = new LinkedHashSet<>();
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            TOPIC_WORDS.forEach((w, t) -> {
                if (lower.contains(w)) {
                    topics.add(t);
                }
            });
        }
        return new ArrayList<>(topics);
    }

    private SubjectRule() {
    }
}
