package vn.phoihop.plan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.phoihop.events.ObligationKind;
import vn.phoihop.plan.agency.Agency;
import vn.phoihop.plan.agency.group.AddresseeGroup;
import vn.phoihop.platform.calendar.DeadlinePolicy;
import vn.phoihop.platform.calendar.WorkingCalendar;
import vn.phoihop.platform.problem.Problem;
import vn.phoihop.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Two levels of checks. Impossible input (an unknown agency, a data window that ends before it starts, a
 * deadline before the issue date) is refused with a problem naming every bad field. Legal but suspicious
 * input (a deadline before the data window closes, a deadline on a weekend or public holiday — real letters
 * do both) is kept and answered with warnings.
 */
@ApplicationScoped
public class PlanValidator {
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    WorkingCalendar calendar;

    /** Collects field errors and throws them together. */
    static final class Errors {
        final List<Problem.FieldError> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new Problem.FieldError(field, message));
        }

        void agency(String field, String code) {
            if (code == null) {
                return;
            }
            Agency agency = Agency.findById(code);
            if (agency == null) {
                add(field, "unknown agency " + code);
            } else if (!agency.active) {
                // a reorganisation ended it: new work goes to its successors, not to it
                add(field, "agency " + code + " no longer exists since " + agency.endedOn
                        + (agency.successorCodes.isEmpty() ? "" : "; its successor is " + String.join(", ", agency.successorCodes)));
            }
        }

        void throwIfAny() {
            if (!list.isEmpty()) {
                Problem.FieldError first = list.get(0);
                throw new ProblemException(400, "Invalid request", first.field() + ": " + first.message(), list);
            }
        }
    }

    public void checkDraft(String issuerCode, PlanDtos.NewPlan body) {
        Errors errors = new Errors();
        if (body.kind() == DocumentKind.OFFICIAL_LETTER && (body.draftingUnit() == null || body.draftingUnit().isBlank())) {
            errors.add("draftingUnit", "an official letter is numbered n/<issuer>-<drafting unit>, e.g. 125/UBND-KGVX: name the drafting unit");
        }
        if (body.period() != null) {
            String[] years = body.period().split("[-–]");
            if (years.length == 2 && Integer.parseInt(years[1]) < Integer.parseInt(years[0])) {
                errors.add("period", "the period ends before it starts");
            }
        }
        List<PlanDtos.NewTask> tasks = body.tasks() == null ? List.of() : body.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            checkTask("tasks[" + i + "]", tasks.get(i), errors);
        }
        if (body.generalTask() != null && body.generalTask().obligations() != null) {
            checkTask("generalTask", new PlanDtos.NewTask(null, body.generalTask().title(), null, issuerCode, null, null,
                    body.generalTask().obligations()), errors);
        }
        List<PlanDtos.Recipient> recipients = body.distribution() == null ? List.of() : body.distribution();
        for (int i = 0; i < recipients.size(); i++) {
            if (recipients.get(i).groupCode() != null && AddresseeGroup.findById(recipients.get(i).groupCode()) == null) {
                errors.add("distribution[" + i + "].groupCode", "unknown addressee group " + recipients.get(i).groupCode());
            }
            List<String> codes = recipients.get(i).agencyCodes() == null ? List.of() : recipients.get(i).agencyCodes();
            for (int j = 0; j < codes.size(); j++) {
                errors.agency("distribution[" + i + "].agencyCodes[" + j + "]", codes.get(j));
            }
        }
        List<PlanDtos.LegalBasis> basis = body.legalBasis() == null ? List.of() : body.legalBasis();
        for (int i = 0; i < basis.size(); i++) {
            PlanDtos.LegalBasis b = basis.get(i);
            if (b.planId() == null) {
                if (b.taskId() != null) {
                    errors.add("legalBasis[" + i + "].taskId", "a task can only be named together with its document (planId)");
                }
                continue;
            }
            Plan parent = Plan.findById(b.planId());
            // a document implements only a document its agency issued or takes part in; any other is, to
            // this agency, not there (the same answer as for an id that does not exist)
            if (parent == null || parent.status == Status.DRAFT
                    || !issuerCode.equals(parent.issuerCode) && !parent.involves(issuerCode)) {
                errors.add("legalBasis[" + i + "].planId", "no issued document " + b.planId());
            } else if (b.taskId() != null && parent.task(b.taskId()).isEmpty()) {
                errors.add("legalBasis[" + i + "].taskId", "document " + parent.number + " has no task " + b.taskId());
            }
        }
        errors.throwIfAny();
    }

    /** Checks one task; {@code path} is how the client named it, e.g. {@code tasks[2]} or {@code addTasks[0]}. */
    public void checkTask(String path, PlanDtos.NewTask task, Errors errors) {
        if (task.addresseeGroupCode() == null) {
            if (task.leadAgencyCode() == null || task.leadAgencyCode().isBlank()) {
                errors.add(path + ".leadAgencyCode", "must not be blank: name the lead (chủ trì) or an addressee group");
            }
            errors.agency(path + ".leadAgencyCode", task.leadAgencyCode());
        } else if (task.leadAgencyCode() != null) {
            errors.add(path + ".addresseeGroupCode", "a task has either a lead (leadAgencyCode) or an addressee group, not both");
        } else if (AddresseeGroup.findById(task.addresseeGroupCode()) == null) {
            errors.add(path + ".addresseeGroupCode", "unknown addressee group " + task.addresseeGroupCode());
        }
        List<String> cooperating = task.cooperatingAgencyCodes() == null ? List.of() : task.cooperatingAgencyCodes();
        for (int j = 0; j < cooperating.size(); j++) {
            errors.agency(path + ".cooperatingAgencyCodes[" + j + "]", cooperating.get(j));
        }
        List<PlanDtos.NewObligation> obligations = task.obligations() == null ? List.of() : task.obligations();
        for (int k = 0; k < obligations.size(); k++) {
            PlanDtos.NewObligation o = obligations.get(k);
            String at = path + ".obligations[" + k + "]";
            if (o.kind() == ObligationKind.ONCE && o.deadline() == null) {
                errors.add(at + ".deadline", "a one-off report needs its deadline");
            }
            if (o.dataFrom() != null && o.dataTo() != null && o.dataTo().isBefore(o.dataFrom())) {
                errors.add(at + ".dataTo", "the data window ends (" + VN_DATE.format(o.dataTo()) + ") before it starts ("
                        + VN_DATE.format(o.dataFrom()) + ")");
            }
            errors.agency(at + ".reportToCode", o.reportToCode());
            errors.agency(at + ".consolidatorCode", o.consolidatorCode());
            errors.agency(at + ".upwardToCode", o.upwardToCode());
        }
    }

    /** No deadline of the document may fall before its issue date. */
    public void checkDeadlines(Plan plan, LocalDate issuedOn) {
        Errors errors = new Errors();
        PlanDtos.GeneralTask general = plan.generalTask();
        List<PlanDtos.NewObligation> generalObligations = general == null || general.obligations() == null ? List.of() : general.obligations();
        for (int k = 0; k < generalObligations.size(); k++) {
            LocalDate deadline = generalObligations.get(k).deadline();
            if (deadline != null && deadline.isBefore(issuedOn)) {
                errors.add("generalTask.obligations[" + k + "].deadline", "the deadline " + VN_DATE.format(deadline)
                        + " is before the issue date " + VN_DATE.format(issuedOn));
            }
        }
        for (int i = 0; i < plan.tasks.size(); i++) {
            PlanTask t = plan.tasks.get(i);
            if (t.deadline != null && t.deadline.isBefore(issuedOn)) {
                errors.add("tasks[" + i + "].deadline", "the deadline " + VN_DATE.format(t.deadline)
                        + " is before the issue date " + VN_DATE.format(issuedOn));
            }
            List<PlanViews.ObligationView> obligations = t.obligations();
            for (int k = 0; k < obligations.size(); k++) {
                LocalDate deadline = obligations.get(k).deadline();
                if (deadline != null && deadline.isBefore(issuedOn)) {
                    errors.add("tasks[" + i + "].obligations[" + k + "].deadline", "the deadline " + VN_DATE.format(deadline)
                            + " is before the issue date " + VN_DATE.format(issuedOn));
                }
            }
        }
        errors.throwIfAny();
    }

    public Errors errors() {
        return new Errors();
    }

    public List<PlanViews.Warning> warnings(Plan plan) {
        List<PlanViews.Warning> warnings = new ArrayList<>();
        for (int i = 0; i < plan.tasks.size(); i++) {
            PlanTask t = plan.tasks.get(i);
            nonWorkingDay(warnings, "tasks[" + i + "].deadline", t.deadline);
            List<PlanViews.ObligationView> obligations = t.obligations();
            for (int k = 0; k < obligations.size(); k++) {
                PlanViews.ObligationView o = obligations.get(k);
                String at = "tasks[" + i + "].obligations[" + k + "]";
                nonWorkingDay(warnings, at + ".deadline", o.deadline());
                if (o.deadline() != null && o.dataTo() != null && o.deadline().isBefore(o.dataTo())) {
                    warnings.add(new PlanViews.Warning(at + ".deadline", "the report is due " + VN_DATE.format(o.deadline())
                            + ", before its data window closes on " + VN_DATE.format(o.dataTo())));
                }
                if (o.kind() == ObligationKind.PERIODIC && o.frequency() == null) {
                    warnings.add(new PlanViews.Warning(at + ".frequency", "periodic report without a frequency (định kỳ): "
                            + "the document does not say how often"));
                }
                if (o.kind() == ObligationKind.PERIODIC && o.submissionRule() == null && plan.submissionRule == null) {
                    warnings.add(new PlanViews.Warning(at + ".submissionRule", "periodic report without a submission "
                            + "deadline: neither the obligation nor the document's reporting rule sets one"));
                }
            }
        }
        return warnings;
    }

    @jakarta.inject.Inject
    DeadlinePolicy deadlines;

    private void nonWorkingDay(List<PlanViews.Warning> warnings, String field, LocalDate date) {
        if (date != null && calendar.isDerived(date)) {
            warnings.add(new PlanViews.Warning(field, VN_DATE.format(date) + " falls in " + date.getYear()
                    + ", whose days off are derived by the Labour Code and not yet confirmed by a Government decision"));
        }
        if (date == null || calendar.isWorkingDay(date)) {
            return;
        }
        String why = calendar.listed(date).map(d -> "a public holiday (" + d.name() + ")")
                .orElse("a " + date.getDayOfWeek().name().charAt(0) + date.getDayOfWeek().name().substring(1).toLowerCase());
        warnings.add(new PlanViews.Warning(field, VN_DATE.format(date) + " is " + why + ", not a working day"
                + (deadlines.rule() == DeadlinePolicy.Rule.CIVIL_CODE
                ? ": by the Civil Code art. 148(5) it ends on " + VN_DATE.format(deadlines.lastDay(date)) : "")));
    }
}
