package vn.phoihop.task.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.platform.calendar.DeadlinePolicy;
import vn.phoihop.platform.problem.Problem;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.task.agency.EndedAgency;
import vn.phoihop.task.assignment.Assignment;
import vn.phoihop.task.assignment.AssignmentService;
import vn.phoihop.task.plan.KnownPlan;
import vn.phoihop.task.schedule.ObligationSchedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Raises and withdraws report requests. A request on an on-request obligation gives every agency the obligation
 * names (or the chosen ones among them) a new dated assignment, with the lead's role and receiver kept and a
 * cooperating agency due ahead of its lead; a stand-alone request gives each chosen agency one, reporting to the
 * issuer. TaskAssigned announces them (inbox, notifications, reminders, report-service); withdrawing cancels the
 * open ones (TaskCancelled, reason REQUEST_WITHDRAWN).
 */
@ApplicationScoped
@Transactional
public class ReportRequests {
    static final String WITHDRAWN = "REQUEST_WITHDRAWN";
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    AssignmentService assignments;

    @Inject
    ObligationSchedule schedule;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    ServiceClock clock;

    @Inject
    jakarta.persistence.EntityManager em;

    public ReportRequest raise(ReportRequestBody body, String issuer, String who) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate today = clock.today();
        if (body.deadline().isBefore(today)) {
            errors.add(new Problem.FieldError("deadline", "must be today or later"));
        }
        if (body.dataFrom() != null && body.dataTo() != null && body.dataTo().isBefore(body.dataFrom())) {
            errors.add(new Problem.FieldError("dataTo", "the data window ends before it starts"));
        }
        if ((body.planId() == null) != (body.obligationId() == null)) {
            errors.add(new Problem.FieldError(body.planId() == null ? "planId" : "obligationId",
                    "a request on an obligation names both the plan and the obligation"));
        }
        throwIf(errors);

        ReportRequest r = new ReportRequest();
        r.id = UUID.randomUUID();
        r.issuerCode = issuer;
        r.title = body.title().strip();
        r.body = body.text() == null || body.text().isBlank() ? null : body.text().strip();
        r.deadline = body.deadline();
        r.dataFrom = body.dataFrom();
        r.dataTo = body.dataTo();
        r.indicatorCodes = new ArrayList<>(body.indicatorCodes() == null ? List.of() : body.indicatorCodes());
        r.periodKey = ReportRequest.PERIOD_PREFIX + ((Number) em.createNativeQuery("select nextval('report_request_number')")
                .getSingleResult()).longValue();
        r.status = ReportRequest.Status.OPEN;
        r.createdAt = clock.now();
        r.createdBy = who;
        String label = "Yêu cầu báo cáo ngày " + VN_DATE.format(today);

        List<Assignment> created = body.obligationId() == null
                ? standAlone(r, body, label, errors)
                : onObligation(r, body, issuer, label, errors);
        throwIf(errors);
        r.agencyCodes = created.stream().map(a -> a.agencyCode).distinct().collect(Collectors.toCollection(ArrayList::new));
        r.persist();
        created.forEach(assignments::create);
        return r;
    }

    private List<Assignment> onObligation(ReportRequest r, ReportRequestBody body, String issuer, String label,
                                          List<Problem.FieldError> errors) {
        KnownPlan plan = KnownPlan.findById(body.planId());
        if (plan == null || !plan.issuerCode.equals(issuer)) {
            throw ProblemException.notFound("plan", body.planId());
        }
        if (plan.revokedOn != null) {
            throw ProblemException.conflict("plan " + plan.number + " was revoked on " + plan.revokedOn);
        }
        List<Assignment> standing = Assignment.list("planId = ?1 and obligationId = ?2 and periodLabel = ?3 and status <> ?4",
                plan.planId, body.obligationId(), ObligationSchedule.ON_REQUEST_LABEL, vn.phoihop.events.AssignmentStatus.CANCELLED);
        if (standing.isEmpty()) {
            errors.add(new Problem.FieldError("obligationId", "not an on-request obligation (khi có yêu cầu) of plan " + plan.number));
            return List.of();
        }
        Map<String, Assignment> byAgency = standing.stream()
                .collect(Collectors.toMap(a -> a.agencyCode, Function.identity(), (a, b) -> a));
        Set<String> chosen = new LinkedHashSet<>(body.agencyCodes() == null || body.agencyCodes().isEmpty()
                ? byAgency.keySet() : body.agencyCodes());
        for (String code : chosen) {
            if (!byAgency.containsKey(code)) {
                errors.add(new Problem.FieldError("agencyCodes", code + " is not named by this obligation"));
            }
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        r.planId = plan.planId;
        r.planNumber = plan.number;
        r.obligationId = body.obligationId();
        r.taskId = standing.get(0).taskId;
        List<Assignment> created = new ArrayList<>();
        for (String code : chosen) {
            Assignment from = byAgency.get(code);
            LocalDate deadline = from.role == AssignmentRole.LEAD ? r.deadline : schedule.cooperatingDeadline(r.deadline);
            created.add(assignment(r, from.taskId, from.taskTitle, code, from.role, deadline, from.reportToCode,
                    from.leadAgencyCode, label));
        }
        return created;
    }

    private List<Assignment> standAlone(ReportRequest r, ReportRequestBody body, String label, List<Problem.FieldError> errors) {
        if (body.agencyCodes() == null || body.agencyCodes().isEmpty()) {
            errors.add(new Problem.FieldError("agencyCodes", "name the agencies asked to report"));
            return List.of();
        }
        r.planId = r.id;
        r.taskId = r.id;
        r.planNumber = body.reference() == null || body.reference().isBlank()
                ? "Yêu cầu báo cáo đột xuất" : body.reference().strip();
        List<Assignment> created = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < body.agencyCodes().size(); i++) {
            String code = body.agencyCodes().get(i).strip();
            if (!code.matches("[A-Z0-9]+(\\.[A-Z0-9]+)*")) {
                errors.add(new Problem.FieldError("agencyCodes[" + i + "]", code + " is not an agency code"));
                continue;
            }
            String current = EndedAgency.current(code); // an agency that ended: its successor is asked
            if (current.equals(r.issuerCode) || !seen.add(current)) {
                continue;
            }
            created.add(assignment(r, r.taskId, r.title, current, AssignmentRole.LEAD, r.deadline, r.issuerCode, current,
                    "Báo cáo đột xuất ngày " + label.substring(label.length() - 10)));
        }
        if (created.isEmpty() && errors.isEmpty()) {
            errors.add(new Problem.FieldError("agencyCodes", "name at least one agency other than the issuer"));
        }
        return created;
    }

    private Assignment assignment(ReportRequest r, UUID taskId, String taskTitle, String agency, AssignmentRole role,
                                  LocalDate deadline, String reportTo, String lead, String label) {
        Assignment a = new Assignment();
        a.id = UUID.randomUUID();
        a.planId = r.planId;
        a.planNumber = r.planNumber;
        a.issuerCode = r.issuerCode;
        a.taskId = taskId;
        a.taskTitle = r.standAlone() ? r.title : taskTitle + " — " + r.title;
        a.obligationId = r.obligationId;
        a.periodKey = r.periodKey;
        a.periodLabel = label;
        a.dataFrom = r.dataFrom;
        a.dataTo = r.dataTo;
        a.agencyCode = agency;
        a.role = role;
        a.reportToCode = reportTo;
        a.leadAgencyCode = lead;
        a.indicatorCodes = new ArrayList<>(r.indicatorCodes);
        a.deadline(deadline, deadlines);
        return a;
    }

    public ReportRequest withdraw(UUID id, String issuer, String reason) {
        ReportRequest r = own(id, issuer);
        if (r.status == ReportRequest.Status.WITHDRAWN) {
            throw ProblemException.conflict("request " + id + " was already withdrawn");
        }
        r.status = ReportRequest.Status.WITHDRAWN;
        r.withdrawnAt = clock.now();
        r.withdrawReason = reason == null || reason.isBlank() ? null : reason.strip();
        for (Assignment a : Assignment.<Assignment>list("planId = ?1 and periodKey = ?2", r.planId, r.periodKey)) {
            assignments.cancel(a, WITHDRAWN);
        }
        return r;
    }

    public ReportRequest own(UUID id, String issuer) {
        ReportRequest r = ReportRequest.findById(id);
        if (r == null || !r.issuerCode.equals(issuer)) {
            throw ProblemException.notFound("report request", id);
        }
        return r;
    }

    private static void throwIf(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid report request", "Nothing was requested", errors);
        }
    }
}
