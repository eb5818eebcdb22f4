package vn.phoihop.plan.importer;

import vn.phoihop.plan.importer.ImportDtos.Candidate;
import vn.phoihop.plan.importer.ImportDtos.FieldSource;
import vn.phoihop.plan.importer.ImportDtos.ImportProposal;
import vn.phoihop.plan.importer.ImportDtos.Question;
import vn.phoihop.plan.importer.grammar.AddresseeRule;
import vn.phoihop.plan.importer.grammar.DistributionRule;
import vn.phoihop.plan.importer.grammar.HeaderRule;
import vn.phoihop.plan.importer.grammar.LegalBasisRule;
import vn.phoihop.plan.importer.grammar.NumberRule;
import vn.phoihop.plan.importer.grammar.PlaceDateRule;
import vn.phoihop.plan.importer.grammar.Sections;
import vn.phoihop.plan.importer.grammar.SignerRule;
import vn.phoihop.plan.importer.grammar.SourceText;
import vn.phoihop.plan.importer.grammar.Span;
import vn.phoihop.plan.importer.grammar.SubjectRule;
import vn.phoihop.plan.importer.grammar.TargetRule;
import vn.phoihop.plan.importer.names.AgencyEntry;
import vn.phoihop.plan.importer.names.AgencyMatcher;
import vn.phoihop.plan.importer.names.Folding;
import vn.phoihop.plan.plan.DocumentKind;
import vn.phoihop.plan.plan.PlanDtos;
import vn.phoihop.plan.plan.Purpose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a document into a proposed draft with the grammar's rules: header, number, place and date, kind and
 * subject, legal basis, targets, tasks (with the report obligations in their sentences), Nơi nhận and signer.
 * Agency names resolve against the directory; whatever does not resolve becomes a question.
 */
public class DocumentImporter {
    private final SourceText source;
    private final AgencyMatcher agencies;
    private final List<FieldSource> sources = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();

    public DocumentImporter(SourceText source, AgencyMatcher agencies) {
        this.source = source;
        this.agencies = agencies;
    }

    /** The header names an issuing body; null when it has none or it is the caller's agency. */
    public static String otherIssuer(SourceText source, AgencyMatcher agencies) {
        HeaderRule.Finding header = HeaderRule.read(source);
        if (header != null) {
            AgencyMatcher.Resolution r = agencies.single(header.issuer());
            if (r.resolved() && !r.agencies().get(0).code().equals(agencies.issuer().code())) {
                return header.issuer();
            }
        }
        NumberRule.Finding number = NumberRule.read(source);
        if (number != null && agencies.issuer() != null
                && !Folding.fold(number.issuerSymbol()).equals(Folding.fold(agencies.issuer().symbol()))) {
            return number.issuerSymbol();
        }
        return null;
    }

    public ImportProposal propose(String format) {
        AgencyEntry issuer = agencies.issuer();
        HeaderRule.Finding header = HeaderRule.read(source);
        if (header != null) {
            source("issuer", header.issuerSpan(), 1.0);
        }
        NumberRule.Finding number = NumberRule.read(source);
        DocumentKind kind = null;
        String draftingUnit = null;
        if (number != null) {
            kind = number.kind();
            draftingUnit = number.kind() == DocumentKind.OFFICIAL_LETTER ? number.draftingUnit() : null;
            source("number", number.span(), 1.0);
            source("kind", number.span(), 0.9);
        }
        SubjectRule.Finding subject = SubjectRule.read(source);
        String subjectText = null;
        if (subject != null) {
            kind = subject.kind();
            subjectText = subject.subject();
            source("kind", subject.kindSpan(), 1.0);
            source("subject", subject.subjectSpan(), 1.0);
        } else {
            questions.add(new Question("subject", "SUBJECT", "Không tìm thấy trích yếu: văn bản về việc gì?", 0, 0, "", List.of()));
        }
        PlaceDateRule.Finding placeDate = PlaceDateRule.read(source);
        String place = null;
        if (placeDate != null) {
            place = placeDate.place();
            source("place", placeDate.placeSpan(), 1.0);
            if (placeDate.blankDay()) {
                questions.add(new Question("issuedOn", "DATE", "Ngày để trống (dự thảo được ghi ngày khi ban hành): "
                        + "xác nhận ngày hoặc để đến khi ban hành", placeDate.dateSpan().start(), placeDate.dateSpan().end(),
                        placeDate.dateSpan().text(), List.of()));
            } else {
                source("issuedOn", placeDate.dateSpan(), 1.0);
            }
        } else if (agencies.provinceName() != null) {
            place = agencies.provinceName();
            questions.add(new Question("place", "DATE", "Không có dòng địa danh, ngày tháng: lấy địa danh là tỉnh của cơ quan ban hành ("
                    + place + "), ngày ghi khi ban hành", 0, 0, "", List.of()));
        }
        String period = subjectText == null ? null : SubjectRule.period(subjectText);
        if (period != null) {
            source("period", subject.subjectSpan(), 0.9);
        }

        int bodyStart = subject == null ? 0 : indexOf(subject.subjectSpan()) + 1;
        int firstSection = Sections.firstSection(source);
        List<PlanDtos.LegalBasis> legalBasis = new ArrayList<>();
        for (LegalBasisRule.Finding f : LegalBasisRule.read(source, Math.min(bodyStart, firstSection), firstSection)) {
            String citedIssuer = f.issuer();
            if (citedIssuer == null && f.issuerSymbol() != null) {
                citedIssuer = inferIssuer(f.issuerSymbol());
            }
            String path = "legalBasis[" + legalBasis.size() + "]";
            legalBasis.add(new PlanDtos.LegalBasis(f.text(), f.number(), f.date(), citedIssuer, f.title(), null, null));
            source(path, f.span(), f.issuer() == null ? 0.7 : 1.0);
        }

        List<PlanDtos.Target> targets = new ArrayList<>();
        List<Sections.Section> sections = Sections.sections(source);
        for (Sections.Section s : sections) {
            if (TargetRule.holdsTargets(s.heading())) {
                for (TargetRule.Finding t : TargetRule.read(source, s.first(), s.end())) {
                    String code = t.indicatorCode() == null ? "TARGET_" + (targets.size() + 1) : t.indicatorCode();
                    source("targets[" + targets.size() + "]", t.span(), t.indicatorCode() == null ? 0.6 : 0.9);
                    targets.add(new PlanDtos.Target(code, t.description(), t.goalValue(), t.unit()));
                }
            }
        }

        List<DistributionRule.Finding> distributionLines = DistributionRule.read(source);
        List<String> archiveUnits = distributionLines.stream().filter(d -> d.purpose() == Purpose.ARCHIVE)
                .flatMap(d -> d.archiveUnits().stream()).toList();
        TaskReader taskReader = new TaskReader(source, agencies, sources, questions, archiveUnits);
        List<PlanDtos.NewTask> tasks = new ArrayList<>();
        for (Sections.Section s : sections) {
            String h = Folding.fold(s.heading());
            if (h.contains("to chuc thuc hien") || h.contains("to chuc trien khai") || h.contains("trach nhiem")) {
                tasks.addAll(taskReader.read(s));
            }
        }
        AddresseeRule.Finding addressees = AddresseeRule.read(source);
        if (tasks.isEmpty() && addressees != null) {
            tasks.addAll(new TaskReader(source, agencies, sources, questions, archiveUnits)
                    .readLetter(addressees.addressees(), addressees.body()));
        }
        List<String> named = tasks.stream().map(PlanDtos.NewTask::leadAgencyCode).filter(c -> c != null).toList();
        List<PlanDtos.Recipient> distribution = new RecipientReader(agencies, sources, questions)
                .read(distributionLines, named);

        PlanDtos.Signer signer = null;
        SignerRule.Finding sign = SignerRule.read(source);
        if (sign != null) {
            signer = new PlanDtos.Signer(sign.authority(), sign.title(), sign.name());
            source("signer", sign.span(), 1.0);
        }
        PlanDtos.GeneralTask generalTask = generalTask();
        List<String> targetTexts = new ArrayList<>(targets.stream().map(PlanDtos.Target::description).toList());
        if (subjectText != null) {
            targetTexts.add(0, subjectText);
        }
        PlanDtos.NewPlan plan = new PlanDtos.NewPlan(kind == null ? DocumentKind.PLAN : kind, draftingUnit, subjectText, place,
                period, SubjectRule.topics(targetTexts.toArray(String[]::new)), signer, legalBasis, targets, null, tasks,
                distribution, generalTask);
        return new ImportProposal(source.text(), format, issuer == null ? null : issuer.code(),
                number == null ? null : number.number(), placeDate == null ? null : placeDate.date(), plan,
                List.copyOf(sources), List.copyOf(questions));
    }

    private PlanDtos.GeneralTask generalTask() {
        int end = Sections.bodyEnd(source);
        if (end >= source.paragraphs().size() || !source.paragraphs().get(end).text().startsWith("Trên đây")) {
            return null;
        }
        SourceText.Paragraph closing = source.paragraphs().get(end);
        String text = closing.text();
        int ask = text.toLowerCase(Locale.ROOT).indexOf("đề nghị");
        if (ask < 0) {
            return null;
        }
        String description = text.substring(ask);
        description = Character.toUpperCase(description.charAt(0)) + description.substring(1);
        int basis = description.toLowerCase(Locale.ROOT).lastIndexOf("căn cứ");
        String title = basis < 0 ? "Tổ chức triển khai thực hiện"
                : description.substring(basis).replaceAll("[./]+$", "").strip();
        title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        source("generalTask", source.span(closing.start() + ask, closing.end()), 0.8);
        return new PlanDtos.GeneralTask(title, description);
    }

    /** "451/KH-UBND" without "của …": the body with that symbol in the issuer's province. */
    private String inferIssuer(String symbol) {
        AgencyEntry issuer = agencies.issuer();
        if (issuer == null || issuer.provinceCode() == null) {
            return null;
        }
        if (Folding.fold(symbol).equals("ubnd")) {
            AgencyEntry ubnd = agencies.byCode(issuer.provinceCode() + ".UBND");
            return ubnd == null ? null : ubnd.name();
        }
        return null;
    }

    private int indexOf(Span span) {
        for (SourceText.Paragraph p : source.paragraphs()) {
            if (p.start() <= span.start() && span.start() <= p.end()) {
                return p.index();
            }
        }
        return 0;
    }

    private void source(String field, Span span, double confidence) {
        sources.add(new FieldSource(field, span.start(), span.end(), span.text(), confidence));
    }

    static List<Candidate> candidates(List<AgencyEntry> agencies) {
        return agencies.stream().map(a -> new Candidate(a.code(), a.name())).toList();
    }
}
