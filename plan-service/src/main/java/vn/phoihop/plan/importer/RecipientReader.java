package vn.phoihop.plan.importer;

import vn.phoihop.plan.importer.ImportDtos.FieldSource;
import vn.phoihop.plan.importer.ImportDtos.Question;
import vn.phoihop.plan.importer.grammar.DistributionRule;
import vn.phoihop.plan.importer.grammar.Span;
import vn.phoihop.plan.importer.names.AgencyEntry;
import vn.phoihop.plan.importer.names.AgencyMatcher;
import vn.phoihop.plan.importer.names.Folding;
import vn.phoihop.plan.plan.PlanDtos;
import vn.phoihop.plan.plan.Purpose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Nơi nhận lines become recipients: each name (or each of several names separated by ";") resolves to an agency
 * or to the set a plural name stands for; the archive line names the drafting unit among the issuer's divisions;
 * persons ("Đ/c Giám đốc sở") have no agency; anything else unresolved is asked.
 */
final class RecipientReader {
    private final AgencyMatcher agencies;
    private final List<FieldSource> sources;
    private final List<Question> questions;

    RecipientReader(AgencyMatcher agencies, List<FieldSource> sources, List<Question> questions) {
        this.agencies = agencies;
        this.sources = sources;
        this.questions = questions;
    }

    List<PlanDtos.Recipient> read(List<DistributionRule.Finding> lines, List<String> named) {
        List<PlanDtos.Recipient> out = new ArrayList<>();
        for (DistributionRule.Finding line : lines) {
            String path = "distribution[" + out.size() + "]";
            Set<String> codes = new LinkedHashSet<>();
            Span span = line.nameSpan();
            double confidence = 1.0;
            if (line.purpose() == Purpose.ARCHIVE) {
                for (String unit : line.archiveUnits()) {
                    agencies.issuerUnits().stream().filter(a -> Folding.fold(a.symbol()).equals(Folding.fold(unit)))
                            .findFirst().ifPresent(a -> codes.add(a.code()));
                }
            } else if (!line.person() && line.purpose() != Purpose.AS_ABOVE) {
                AgencyMatcher.Resolution whole = agencies.resolve(line.name(), named);
                if (whole.resolved()) {
                    codes.addAll(whole.codes());
                    confidence = whole.confidence();
                    if (whole.plural()) {
                        ask(path, "AGENCIES", "\"" + line.name() + "\" gồm " + whole.agencies().size()
                                + " cơ quan sau: xác nhận hoặc sửa danh sách", span, whole.agencies());
                    }
                } else {
                    int offset = 0;
                    for (String part : line.name().split(";")) {
                        int at = line.name().indexOf(part.strip(), offset);
                        offset = at + part.strip().length();
                        Span partSpan = new Span(span.start() + at, span.start() + offset, part.strip());
                        AgencyMatcher.Resolution r = agencies.resolve(part.strip(), named);
                        if (r.resolved()) {
                            codes.addAll(r.codes());
                            confidence = Math.min(confidence, r.confidence());
                        } else {
                            List<AgencyEntry> candidates = r.candidates().isEmpty()
                                    ? agencies.suggestions(part, 6) : r.candidates();
                            ask(path + ".agencyCodes", "AGENCY", "\"" + part.strip()
                                    + "\" là cơ quan nào? (để trống nếu không phải cơ quan trong danh mục)", partSpan, candidates);
                            confidence = 0.5;
                        }
                    }
                }
            }
            sources.add(new FieldSource(path, span.start(), span.end(), span.text(), confidence));
            out.add(new PlanDtos.Recipient(line.name(), List.copyOf(codes), line.purpose()));
        }
        return out;
    }

    private void ask(String field, String kind, String question, Span span, List<AgencyEntry> candidates) {
        questions.add(new Question(field, kind, question, span.start(), span.end(), span.text(),
                DocumentImporter.candidates(candidates)));
    }
}
