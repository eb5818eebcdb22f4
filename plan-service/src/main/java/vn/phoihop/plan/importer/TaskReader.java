package vn.phoihop.plan.importer;

import vn.phoihop.events.ObligationKind;
import vn.phoihop.plan.importer.ImportDtos.FieldSource;
import vn.phoihop.plan.importer.ImportDtos.Question;
import vn.phoihop.plan.importer.grammar.ObligationRule;
import vn.phoihop.plan.importer.grammar.Sections;
import vn.phoihop.plan.importer.grammar.SourceText;
import vn.phoihop.plan.importer.grammar.Span;
import vn.phoihop.plan.importer.names.AgencyEntry;
import vn.phoihop.plan.importer.names.AgencyMatcher;
import vn.phoihop.plan.importer.names.Folding;
import vn.phoihop.plan.plan.PlanDtos;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tasks from the part on implementation (Tổ chức thực hiện): one item per agency or group of agencies named in
 * its heading. Several agencies in a heading get a task each; a plural name gets one task per agency it stands
 * for (to confirm); a named agency followed by a plural name ("MTTQ tỉnh, các tổ chức chính trị - xã hội") or a
 * group with its members in brackets leads with the others cooperating; the issuer's own divisions work as one
 * task led by the drafting division; a heading split by ";" with a label per part in its text is split the same
 * way. "Phối hợp với X" in the text makes X a cooperating agency.
 */
final class TaskReader {
    private static final Pattern COOPERATE = Pattern.compile("(?iu)phối hợp với\\s+");
    private static final Pattern PAREN = Pattern.compile("^(.*?)\\((.+)\\)\\s*$");

    private final SourceText source;
    private final AgencyMatcher agencies;
    private final List<FieldSource> sources;
    private final List<Question> questions;
    private final List<String> archiveUnits;
    private final List<Draft> drafts = new ArrayList<>();

    private record Unit(String title, Span titleSpan, List<Span> paragraphs) {
        String description() {
            return String.join("\n", paragraphs.stream().map(Span::text).toList());
        }

        Span span() {
            return paragraphs.isEmpty() ? titleSpan
                    : new Span(paragraphs.get(0).start(), paragraphs.get(paragraphs.size() - 1).end(), description());
        }
    }

    private record Piece(AgencyMatcher.Resolution resolution, Span span) {
    }

    private static final class Draft {
        String title;
        String description;
        String lead;
        Span leadSpan;
        double confidence;
        final Set<String> cooperating = new LinkedHashSet<>();
        final List<ObligationRule.Finding> findings = new ArrayList<>();
        Span span;
    }

    TaskReader(SourceText source, AgencyMatcher agencies, List<FieldSource> sources, List<Question> questions,
               List<String> archiveUnits) {
        this.source = source;
        this.agencies = agencies;
        this.sources = sources;
        this.questions = questions;
        this.archiveUnits = archiveUnits;
    }

    List<PlanDtos.NewTask> read(Sections.Section section) {
        for (Sections.Item item : Sections.items(source, section)) {
            for (Unit unit : units(item)) {
                assign(unit);
            }
        }
        return build();
    }

    /** A letter: each addressee (or the agencies a plural addressee stands for) carries out the letter's text. */
    List<PlanDtos.NewTask> readLetter(List<Span> addressees, List<Span> body) {
        for (Span name : addressees) {
            assign(new Unit(name.text(), name, new ArrayList<>(body)));
        }
        return build();
    }

    /** An item, or its parts when its heading has several parts separated by ";" and its text labels each. */
    private List<Unit> units(Sections.Item item) {
        List<Span> paragraphs = new ArrayList<>();
        if (item.inline() != null) {
            paragraphs.add(item.inline());
        }
        for (int i = item.first(); i < item.end(); i++) {
            paragraphs.add(source.paragraphs().get(i).span());
        }
        Span title = strip(item.headingSpan());
        List<Span> parts = split(title, ";");
        if (parts.size() > 1) {
            List<Unit> labelled = new ArrayList<>();
            Unit current = null;
            for (Span p : paragraphs) {
                Span label = label(p, parts);
                if (label != null) {
                    boolean bullet = p.text().startsWith("-");
                    current = new Unit(bestPart(label, parts).text(), label, new ArrayList<>());
                    labelled.add(current);
                    if (bullet) {
                        current.paragraphs().add(p);
                    }
                } else if (current != null) {
                    current.paragraphs().add(p);
                }
            }
            if (labelled.size() > 1) {
                return labelled;
            }
        }
        return List.of(new Unit(title.text(), title, paragraphs));
    }

    /** "Trung tâm … các huyện, thị xã, thành phố:" or "- Cơ quan có Trang …: text", naming one of the parts. */
    private Span label(Span p, List<Span> parts) {
        String t = p.text();
        String name;
        int start;
        if (!t.startsWith("-") && t.endsWith(":")) {
            name = t.substring(0, t.length() - 1);
            start = p.start();
        } else if (t.startsWith("- ") && t.indexOf(": ") > 0 && t.indexOf(": ") < 150) {
            name = t.substring(2, t.indexOf(": "));
            start = p.start() + 2;
        } else {
            return null;
        }
        String[] words = Folding.words(name);
        for (Span part : parts) {
            String[] pw = Folding.words(part.text());
            if (words.length >= 2 && pw.length >= 2 && words[0].equals(pw[0]) && words[1].equals(pw[1])) {
                return source.span(start, start + name.length());
            }
        }
        return null;
    }

    private static Span bestPart(Span label, List<Span> parts) {
        String[] words = Folding.words(label.text());
        for (Span part : parts) {
            String[] pw = Folding.words(part.text());
            if (pw.length >= 2 && words[0].equals(pw[0]) && words[1].equals(pw[1])) {
                return part;
            }
        }
        return label;
    }

    private void assign(Unit unit) {
        List<String> named = drafts.stream().map(d -> d.lead).filter(c -> c != null).toList();
        Matcher paren = PAREN.matcher(unit.titleSpan().text());
        List<Draft> made = new ArrayList<>();
        if (paren.find()) {
            int innerStart = unit.titleSpan().start() + paren.start(2);
            List<Piece> members = new ArrayList<>();
            for (Span s : split(source.span(innerStart, innerStart + paren.group(2).length()), ",")) {
                members.add(new Piece(agencies.single(s.text()), s));
            }
            if (members.stream().allMatch(m -> m.resolution().resolved())) {
                Draft d = draft(unit, members.get(0), unit.title());
                members.subList(1, members.size()).forEach(m -> d.cooperating.addAll(m.resolution().codes()));
                made.add(d);
            }
        }
        if (made.isEmpty()) {
            List<Piece> pieces = new ArrayList<>();
            List<Span> unresolved = resolve(unit.titleSpan(), named, pieces);
            List<AgencyEntry> all = pieces.stream().flatMap(p -> p.resolution().agencies().stream()).toList();
            Set<String> units = new java.util.HashSet<>(agencies.issuerUnits().stream().map(AgencyEntry::code).toList());
            if (!pieces.isEmpty() && !pieces.get(0).resolution().plural() && pieces.size() > 1
                    && pieces.subList(1, pieces.size()).stream().allMatch(p -> p.resolution().plural())) {
                Draft d = draft(unit, pieces.get(0), unit.title());
                pieces.subList(1, pieces.size()).forEach(p -> {
                    d.cooperating.addAll(p.resolution().codes());
                    confirm("tasks[" + (drafts.size() + made.size()) + "].cooperatingAgencyCodes", p);
                });
                made.add(d);
            } else if (all.size() > 1 && all.stream().allMatch(a -> units.contains(a.code()))) {
                AgencyEntry lead = all.stream().filter(a -> archiveUnits.stream()
                        .anyMatch(u -> Folding.fold(u).equals(Folding.fold(a.symbol())))).findFirst().orElse(all.get(0));
                Piece first = pieces.get(0);
                Draft d = draft(unit, new Piece(new AgencyMatcher.Resolution(List.of(lead), false, 0.7, List.of()),
                        first.span()), unit.title());
                all.stream().filter(a -> !a.code().equals(lead.code())).forEach(a -> d.cooperating.add(a.code()));
                made.add(d);
            } else {
                boolean several = all.size() > 1;
                for (Piece p : pieces) {
                    if (p.resolution().plural()) {
                        confirm("tasks[" + (drafts.size() + made.size()) + "].leadAgencyCode", p);
                    }
                    for (AgencyEntry a : p.resolution().agencies()) {
                        Piece one = new Piece(new AgencyMatcher.Resolution(List.of(a), false, p.resolution().confidence(),
                                List.of()), p.span());
                        made.add(draft(unit, one, several ? unit.title() + ": " + a.name() : unit.title()));
                    }
                }
            }
            for (Span u : unresolved) {
                Draft d = new Draft();
                d.title = unit.title();
                d.description = unit.description();
                d.span = unit.span();
                d.leadSpan = u;
                int index = drafts.size() + made.size();
                List<AgencyEntry> candidates = new ArrayList<>();
                agencies.issuerUnits().stream().filter(a -> archiveUnits.stream()
                        .anyMatch(x -> Folding.fold(x).equals(Folding.fold(a.symbol())))).forEach(candidates::add);
                agencies.issuerUnits().stream().filter(a -> !candidates.contains(a)).forEach(candidates::add);
                if (agencies.issuer() != null && !candidates.contains(agencies.issuer())) {
                    candidates.add(agencies.issuer());
                }
                agencies.suggestions(u.text(), 5).stream().filter(a -> !candidates.contains(a)).forEach(candidates::add);
                questions.add(new Question("tasks[" + index + "].leadAgencyCode", "LEAD",
                        "Danh mục không có cơ quan nào tên \"" + u.text() + "\": cơ quan nào chủ trì nhiệm vụ này?",
                        u.start(), u.end(), u.text(), DocumentImporter.candidates(candidates)));
                made.add(d);
            }
        }
        for (Draft d : made) {
            cooperation(unit, d);
            for (Span p : unit.paragraphs()) {
                d.findings.addAll(ObligationRule.read(source, p));
            }
        }
        drafts.addAll(made);
    }

    /** Resolves the heading's comma-separated names: the longest run naming one agency, else a plural name. */
    private List<Span> resolve(Span heading, List<String> named, List<Piece> pieces) {
        List<Span> segments = split(heading, ",;");
        List<Span> unresolved = new ArrayList<>();
        int i = 0;
        while (i < segments.size()) {
            Piece found = null;
            int next = i + 1;
            for (int j = segments.size(); j > i && found == null; j--) {
                Span s = join(segments, i, j);
                AgencyMatcher.Resolution r = agencies.single(s.text());
                if (r.resolved()) {
                    found = new Piece(r, s);
                    next = j;
                }
            }
            for (int j = segments.size(); j > i && found == null; j--) {
                Span s = join(segments, i, j);
                AgencyMatcher.Resolution r = agencies.group(s.text(), named);
                if (r.resolved()) {
                    found = new Piece(r, s);
                    next = j;
                }
            }
            if (found != null) {
                pieces.add(found);
            } else {
                Span s = segments.get(i);
                if (!unresolved.isEmpty() && unresolved.get(unresolved.size() - 1).end() + 2 >= s.start()) {
                    Span last = unresolved.remove(unresolved.size() - 1);
                    unresolved.add(source.span(last.start(), s.end()));
                } else {
                    unresolved.add(s);
                }
            }
            i = next;
        }
        return unresolved;
    }

    private Span join(List<Span> segments, int from, int to) {
        return source.span(segments.get(from).start(), segments.get(to - 1).end());
    }

    private void confirm(String field, Piece p) {
        questions.add(new Question(field, "AGENCIES", "\"" + p.span().text() + "\" gồm "
                + p.resolution().agencies().size() + " cơ quan sau: xác nhận hoặc sửa danh sách", p.span().start(),
                p.span().end(), p.span().text(), DocumentImporter.candidates(p.resolution().agencies())));
    }

    private Draft draft(Unit unit, Piece lead, String title) {
        Draft d = new Draft();
        d.title = title;
        d.description = unit.description();
        d.lead = lead.resolution().agencies().get(0).code();
        d.leadSpan = lead.span();
        d.confidence = lead.resolution().confidence();
        d.span = unit.span();
        return d;
    }

    /** "phối hợp với A, B và C": each name that resolves to one agency, until one does not. */
    private void cooperation(Unit unit, Draft d) {
        for (Span p : unit.paragraphs()) {
            Matcher m = COOPERATE.matcher(p.text());
            while (m.find()) {
                String paragraph = p.text();
                int pos = m.end();
                while (pos < paragraph.length()) {
                    AgencyMatcher.Found f = agencies.scan(paragraph, pos);
                    if (f == null) {
                        break;
                    }
                    String code = f.agency().code();
                    if (!code.equals(d.lead) && (agencies.issuer() == null || !code.equals(agencies.issuer().code())
                            || code.equals(d.lead))) {
                        d.cooperating.add(code);
                        sources.add(new FieldSource("tasks[" + drafts.size() + "].cooperatingAgencyCodes",
                                p.start() + f.start(), p.start() + f.end(), paragraph.substring(f.start(), f.end()), 0.9));
                    }
                    Matcher sep = Pattern.compile("^\\s*(?:,|;|và)?\\s*").matcher(paragraph.substring(f.end()));
                    pos = f.end() + (sep.find() ? sep.end() : 0);
                }
            }
        }
    }

    private List<PlanDtos.NewTask> build() {
        List<PlanDtos.NewTask> tasks = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String path = "tasks[" + i + "]";
            if (d.lead != null) {
                sources.add(new FieldSource(path + ".leadAgencyCode", d.leadSpan.start(), d.leadSpan.end(),
                        d.leadSpan.text(), d.confidence));
            }
            sources.add(new FieldSource(path + ".description", d.span.start(), d.span.end(), d.span.text(), 1.0));
            List<PlanDtos.NewObligation> obligations = new ArrayList<>();
            for (ObligationRule.Finding f : d.findings) {
                obligations.add(obligation(d, f));
                sources.add(new FieldSource(path + ".obligations[" + (obligations.size() - 1) + "]", f.span().start(),
                        f.span().end(), f.span().text(), 0.8));
            }
            tasks.add(new PlanDtos.NewTask(null, d.title, d.description, d.lead, List.copyOf(d.cooperating), null,
                    obligations));
        }
        return tasks;
    }

    private PlanDtos.NewObligation obligation(Draft d, ObligationRule.Finding f) {
        String reportTo = codeAt(f.sendTo());
        String upward = codeAt(f.upwardTo());
        String consolidator = null;
        if (f.consolidatesItself()) {
            consolidator = d.lead;
        } else if (f.sendToConsolidates()) {
            consolidator = reportTo;
        } else if (reportTo != null) {
            for (Draft other : drafts) {
                if (reportTo.equals(other.lead)) {
                    for (ObligationRule.Finding o : other.findings) {
                        if (o.consolidatesItself()) {
                            consolidator = reportTo;
                            upward = codeAt(o.sendTo());
                        }
                    }
                }
            }
        }
        return new PlanDtos.NewObligation(null, f.kind(), f.title().length() > 2000 ? f.title().substring(0, 2000) : f.title(),
                f.kind() == ObligationKind.ONCE ? f.deadline() : null, f.dataFrom(), f.dataTo(), f.frequency(), null, null,
                reportTo, consolidator, upward, null, null);
    }

    private String codeAt(int offset) {
        if (offset < 0) {
            return null;
        }
        AgencyMatcher.Found f = agencies.scan(source.text(), offset);
        return f == null ? null : f.agency().code();
    }

    /** Drops "Đề nghị" (a request to a body the issuer does not direct) before the names. */
    private Span strip(Span heading) {
        Matcher m = Pattern.compile("^(?:Đề nghị|đề nghị)\\s+").matcher(heading.text());
        return m.find() ? source.span(heading.start() + m.end(), heading.end()) : heading;
    }

    /** Splits on the separators outside brackets, trimming each part. */
    private List<Span> split(Span span, String separators) {
        List<Span> out = new ArrayList<>();
        String t = span.text();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (i == t.length() || depth == 0 && separators.indexOf(c) >= 0) {
                String part = t.substring(start, i);
                int lead = part.length() - part.stripLeading().length();
                String s = part.strip();
                if (!s.isEmpty()) {
                    out.add(source.span(span.start() + start + lead, span.start() + start + lead + s.length()));
                }
                start = i + 1;
            }
        }
        return out;
    }
}
