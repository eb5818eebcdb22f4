package vn.phoihop.plan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.phoihop.events.Frequency;
import vn.phoihop.events.ObligationKind;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.SubmissionRule;
import vn.phoihop.plan.agency.group.AddresseeGroup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the document API answers, and the same document as event payload parts. */
public final class PlanViews {

    @Schema(description = "A document as it reads now, with the warnings its content raises")
    public record PlanView(UUID id, DocumentKind kind, String kindLabel, String issuerCode, String draftingUnit,
                           String number, Status status, int version, boolean registered, String subject,
                           String place, LocalDate issuedOn, String period, LocalDate periodFrom, LocalDate periodTo,
                           List<Topic> topics, PlanDtos.Signer signer, List<PlanDtos.LegalBasis> legalBasis,
                           UUID parentPlanId, UUID parentTaskId, List<PlanDtos.Target> targets,
                           PlanDtos.Reporting reporting, List<TaskView> tasks, List<PlanDtos.Recipient> distribution,
                           PlanDtos.GeneralTask generalTask, LocalDate amendedOn, LocalDate revokedOn,
                           String revocationReason, List<Warning> warnings) {

        public static PlanView of(Plan p, List<Warning> warnings) {
            PlanDtos.Reporting reporting = p.submissionRule == null ? null : new PlanDtos.Reporting(p.submissionRule, p.submissionDays);
            return new PlanView(p.id, p.kind, p.kind.label, p.issuerCode, p.draftingUnit, p.number, p.status, p.version,
                    p.registered, p.subject, p.place, p.issuedOn, p.periodLabel(), p.periodFrom, p.periodTo, p.topics(),
                    p.signer(), p.legalBasis(), p.parentPlanId, p.parentTaskId, p.targets(), reporting,
                    p.tasks.stream().map(TaskView::of).toList(), p.distribution(), p.generalTask(), p.amendedOn,
                    p.revokedOn, p.revocationReason, warnings);
        }
    }

    public record TaskView(UUID id, String title, String description, String leadAgencyCode,
                           List<String> cooperatingAgencyCodes, LocalDate deadline, List<ObligationView> obligations,
                           boolean general, String addresseeGroupCode) {
        static TaskView of(PlanTask t) {
            return new TaskView(t.id, t.title, t.description, t.leadAgencyCode, List.copyOf(t.cooperatingAgencyCodes),
                    t.deadline, t.obligations(), t.general, t.addresseeGroupCode);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ObligationView(UUID id, ObligationKind kind, String title, LocalDate deadline, LocalDate dataFrom,
                                 LocalDate dataTo, Frequency frequency, SubmissionRule submissionRule,
                                 Integer submissionDays, String reportToCode, String consolidatorCode,
                                 String upwardToCode, Integer cooperatingLeadWorkingDays, List<String> indicatorCodes) {

        /** The same obligation under another id: each member of an addressee group reports under its own. */
        ObligationView withId(UUID other) {
            return new ObligationView(other, kind, title, deadline, dataFrom, dataTo, frequency, submissionRule,
                    submissionDays, reportToCode, consolidatorCode, upwardToCode, cooperatingLeadWorkingDays, indicatorCodes);
        }

        static ObligationView of(UUID id, PlanDtos.NewObligation o) {
            return new ObligationView(id, o.kind(), o.title(), o.deadline(), o.dataFrom(), o.dataTo(), o.frequency(),
                    o.submissionRule(), o.submissionDays(), o.reportToCode(), o.consolidatorCode(), o.upwardToCode(),
                    o.cooperatingLeadWorkingDays(), o.indicatorCodes() == null ? List.of() : List.copyOf(o.indicatorCodes()));
        }
    }

    @Schema(description = "Legal but suspicious content, e.g. a deadline on a public holiday; the document is kept as entered")
    public record Warning(String field, String message) {
    }

    /** A task as PlanIssued/PlanAmended carry it; a periodic obligation without its own rule takes the document's. */
    public static PlanIssued.Task event(Plan plan, PlanTask t) {
        List<PlanIssued.Obligation> obligations = t.obligations().stream().map(o -> {
            boolean inherit = o.kind() == ObligationKind.PERIODIC && o.submissionRule() == null;
            return new PlanIssued.Obligation(o.id(), o.kind(), o.title(), o.deadline(), o.dataFrom(), o.dataTo(),
                    o.frequency(), inherit ? plan.submissionRule : o.submissionRule(),
                    inherit ? plan.submissionDays : o.submissionDays(), o.reportToCode(), o.consolidatorCode(),
                    o.upwardToCode(), o.cooperatingLeadWorkingDays(), o.indicatorCodes());
        }).toList();
        AddresseeGroup group = t.addresseeGroupCode == null ? null : AddresseeGroup.findById(t.addresseeGroupCode);
        return new PlanIssued.Task(t.id, t.title, t.description, t.leadAgencyCode, List.copyOf(t.cooperatingAgencyCodes),
                t.deadline, obligations, t.addresseeGroupCode, group == null ? null : group.name);
    }

    public static List<PlanIssued.Target> targets(Plan plan) {
        return plan.targets().stream()
                .map(t -> new PlanIssued.Target(t.indicatorCode(), t.description(), t.goalValue(), t.unit())).toList();
    }

    private PlanViews() {
    }
}
