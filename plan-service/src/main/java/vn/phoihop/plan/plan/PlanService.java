package vn.phoihop.plan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.plan.agency.Agency;
import vn.phoihop.plan.agency.group.AddresseeGroups;
import vn.phoihop.plan.history.PlanHistory;
import vn.phoihop.plan.incoming.IncomingDocuments;
import vn.phoihop.plan.numbering.DocumentNumbers;
import vn.phoihop.platform.problem.Problem;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.time.ServiceClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;

/** Drafting and issuing documents. Every check runs before anything is written. */
@ApplicationScoped
@Transactional
public class PlanService {
    private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("^([0-9]+)/.+$");

    @Inject
    DocumentNumbers numbers;

    @Inject
    PlanEventPublisher events;

    @Inject
    ServiceClock clock;

    @Inject
    PlanValidator validator;

    @Inject
    PlanHistory history;

    @Inject
    AddresseeGroups groups;

    @Inject
    IncomingDocuments incoming;

    public Plan draft(String issuerCode, PlanDtos.NewPlan body) {
        validator.checkDraft(issuerCode, body);
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.issuerCode = issuerCode;
        plan.kind = body.kind() == null ? DocumentKind.PLAN : body.kind();
        plan.draftingUnit = body.draftingUnit();
        plan.subject = body.subject();
        plan.place = body.place();
        plan.status = Status.DRAFT;
        plan.createdAt = clock.now();
        if (body.period() != null) {
            String[] years = body.period().split("[-–]");
            plan.periodFrom = LocalDate.of(Integer.parseInt(years[0]), 1, 1);
            plan.periodTo = LocalDate.of(Integer.parseInt(years[years.length - 1]), 12, 31);
        }
        plan.topics = JsonColumns.write(body.topics() == null ? List.of() : body.topics());
        plan.signer = JsonColumns.write(body.signer());
        List<PlanDtos.LegalBasis> basis = body.legalBasis() == null ? List.of() : body.legalBasis();
        plan.legalBasis = JsonColumns.write(basis);
        basis.stream().filter(b -> b.planId() != null).findFirst().ifPresent(b -> {
            plan.parentPlanId = b.planId();
            plan.parentTaskId = b.taskId();
        });
        plan.targets = JsonColumns.write(body.targets() == null ? List.of() : body.targets());
        plan.distribution = JsonColumns.write(body.distribution() == null ? List.of() : body.distribution());
        plan.generalTask = JsonColumns.write(body.generalTask());
        if (body.reporting() != null) {
            plan.submissionRule = body.reporting().submissionRule();
            plan.submissionDays = body.reporting().submissionDays();
        }
        for (PlanDtos.NewTask t : body.tasks() == null ? List.<PlanDtos.NewTask>of() : body.tasks()) {
            plan.tasks.add(newTask(plan, t));
        }
        plan.persist();
        return plan;
    }

    /**
     * A task from the request, with ids of the server's own: an id the client sends for a new task or a new
     * obligation is ignored, so that no document can take another document's ids (and, with them, its
     * reminder policies or its place in another service's projections).
     */
    public static PlanTask newTask(Plan plan, PlanDtos.NewTask t) {
        PlanTask task = new PlanTask();
        task.id = UUID.randomUUID();
        task.plan = plan;
        task.position = plan.tasks.size();
        apply(task, t);
        return task;
    }

    /**
     * Writes the request's content into the task (its id and position stay). An obligation keeps its id only
     * when it names one this task already has (an amendment changing it); any other id is replaced.
     */
    public static void apply(PlanTask task, PlanDtos.NewTask t) {
        java.util.Set<UUID> own = task.obligations == null ? java.util.Set.of()
                : task.obligations().stream().map(PlanViews.ObligationView::id).collect(java.util.stream.Collectors.toSet());
        task.title = t.title();
        task.description = t.description();
        task.leadAgencyCode = t.leadAgencyCode();
        task.cooperatingAgencyCodes = t.cooperatingAgencyCodes() == null ? new ArrayList<>() : new ArrayList<>(t.cooperatingAgencyCodes());
        task.deadline = t.deadline();
        task.addresseeGroupCode = t.addresseeGroupCode();
        task.obligations = JsonColumns.write((t.obligations() == null ? List.<PlanDtos.NewObligation>of() : t.obligations()).stream()
                .map(o -> PlanViews.ObligationView.of(o.id() != null && own.contains(o.id()) ? o.id() : UUID.randomUUID(), o)).toList());
    }

    /**
     * Issues a draft and publishes PlanIssued, in one transaction: either allocates the next number today,
     * or registers a document issued on paper with its own number and date.
     */
    public Plan issue(Plan plan, PlanDtos.IssueRequest request) {
        if (plan.status != Status.DRAFT) {
            throw ProblemException.conflict("document " + plan.id + " is already " + plan.status.name().toLowerCase()
                    + " as " + plan.number);
        }
        Agency issuer = Agency.findById(plan.issuerCode);
        boolean registering = request != null && request.number() != null;
        LocalDate today = clock.today();
        LocalDate issuedOn = registering ? request.issuedOn() : today;
        if (registering) {
            checkRegistration(plan, issuer, request, today);
        } else if (request != null && request.issuedOn() != null) {
            throw ProblemException.invalid("issuedOn", "a date is given only with the number of a document issued on paper");
        }
        if (issuer != null && !issuer.active && issuer.endedOn != null && !issuedOn.isBefore(issuer.endedOn)) {
            // an ended agency reads its documents and registers those it issued on paper before it ended; its
            // new documents are its successors'
            throw ProblemException.forbidden("agency " + issuer.code + " no longer exists since " + issuer.endedOn
                    + (issuer.successorCodes.isEmpty() ? "" : "; its successor is " + String.join(", ", issuer.successorCodes))
                    + ": a document dated " + issuedOn + " is issued by the successor");
        }
        validator.checkDeadlines(plan, issuedOn);
        resolveGroups(plan);
        materialiseGeneralTasks(plan);
        if (registering) {
            plan.number = request.number();
            plan.registered = true;
            Matcher m = LEADING_NUMBER.matcher(plan.number);
            m.matches();
            numbers.registered(plan.issuerCode, plan.kind.symbol, issuedOn.getYear(), Integer.parseInt(m.group(1)));
        } else {
            plan.number = plan.kind.number(numbers.next(plan.issuerCode, plan.kind.symbol, issuedOn.getYear()),
                    issuer.symbol, plan.draftingUnit);
        }
        plan.issuedOn = issuedOn;
        plan.status = Status.ISSUED;
        plan.version = 1;
        PlanIssued event = new PlanIssued(plan.id, plan.number, plan.issuerCode, plan.subject, plan.issuedOn,
                plan.tasks.stream().map(t -> PlanViews.event(plan, t)).toList(), plan.kind.symbol, plan.periodFrom,
                plan.periodTo, plan.parentPlanId, plan.parentTaskId, PlanViews.targets(plan), plan.version);
        events.issued(event);
        incoming.deliver(plan);
        history.record(plan, "ISSUED", null, null);
        return plan;
    }

    private void checkRegistration(Plan plan, Agency issuer, PlanDtos.IssueRequest request, LocalDate today) {
        if (request.issuedOn() == null) {
            throw ProblemException.invalid("issuedOn", "a document issued on paper is registered with its date");
        }
        if (request.issuedOn().isAfter(today)) {
            throw ProblemException.invalid("issuedOn", "a document issued on paper cannot be dated after today");
        }
        Matcher m = LEADING_NUMBER.matcher(request.number());
        String expected = plan.kind.number(0, issuer.symbol, plan.draftingUnit).substring(1);
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0 || !request.number().endsWith(expected)
                || request.number().length() != m.group(1).length() + expected.length()) {
            throw ProblemException.invalid("number", "expected n" + expected + ", e.g. 4256" + expected);
        }
        if (Plan.count("issuerCode = ?1 and number = ?2 and year(issuedOn) = ?3", plan.issuerCode, request.number(),
                request.issuedOn().getYear()) > 0) {
            throw new ProblemException(409, "Conflict", "number " + request.number() + " already exists",
                    List.of(new Problem.FieldError("number", "already exists")));
        }
    }

    /**
     * An execute (t/h) recipient without a task of its own gets the general task as lead; cooperate (p/h)
     * recipients without one cooperate with the issuer in a general task the issuer leads.
     */
    void materialiseGeneralTasks(Plan plan) {
        Set<String> tasked = new LinkedHashSet<>();
        plan.tasks.forEach(t -> {
            tasked.add(t.leadAgencyCode);
            tasked.addAll(t.cooperatingAgencyCodes);
        });
        Set<String> executing = new LinkedHashSet<>();
        Set<String> cooperating = new LinkedHashSet<>();
        for (PlanDtos.Recipient r : plan.distribution()) {
            for (String code : r.agencyCodes() == null ? List.<String>of() : r.agencyCodes()) {
                if (tasked.contains(code) || code.equals(plan.issuerCode)) {
                    continue;
                }
                if (r.purpose() == Purpose.EXECUTE) {
                    executing.add(code);
                } else if (r.purpose() == Purpose.COOPERATE) {
                    cooperating.add(code);
                }
            }
        }
        cooperating.removeAll(executing);
        PlanDtos.GeneralTask general = plan.generalTask() != null ? plan.generalTask()
                : new PlanDtos.GeneralTask("Tổ chức thực hiện " + plan.kind.label + " " + plan.subject, null);
        for (String code : executing) {
            addGeneral(plan, general, code, List.of());
        }
        if (!cooperating.isEmpty()) {
            addGeneral(plan, general, plan.issuerCode, List.copyOf(cooperating));
        }
    }

    /**
     * Addressee groups are resolved on the day of issue: a Nơi nhận line naming a group gets the group's members as
     * its agencies, and a task addressed to a group becomes one task per member (the same title, deadline and
     * obligations, each obligation with its own id), so that every member leads, executes and reports on its own
     * and the other services see ordinary tasks.
     */
    void resolveGroups(Plan plan) {
        List<PlanDtos.Recipient> distribution = new ArrayList<>();
        for (PlanDtos.Recipient r : plan.distribution()) {
            if (r.groupCode() == null) {
                distribution.add(r);
                continue;
            }
            Set<String> codes = new LinkedHashSet<>(r.agencyCodes() == null ? List.of() : r.agencyCodes());
            codes.addAll(groups.memberCodes(r.groupCode()));
            distribution.add(new PlanDtos.Recipient(r.name(), List.copyOf(codes), r.purpose(), r.groupCode()));
        }
        plan.distribution = JsonColumns.write(distribution);
        List<PlanTask> resolved = new ArrayList<>();
        for (int i = 0; i < plan.tasks.size(); i++) {
            PlanTask t = plan.tasks.get(i);
            if (t.addresseeGroupCode == null || t.leadAgencyCode != null) {
                resolved.add(t);
                continue;
            }
            List<String> members = groups.memberCodes(t.addresseeGroupCode);
            if (members.isEmpty()) {
                throw ProblemException.invalid("tasks[" + i + "].addresseeGroupCode", "the group " + t.addresseeGroupCode
                        + " has no member today");
            }
            for (String member : members) {
                PlanTask copy = new PlanTask();
                copy.id = UUID.randomUUID();
                copy.plan = plan;
                copy.title = t.title;
                copy.description = t.description;
                copy.leadAgencyCode = member;
                copy.cooperatingAgencyCodes = new ArrayList<>(t.cooperatingAgencyCodes.stream().filter(c -> !c.equals(member)).toList());
                copy.deadline = t.deadline;
                copy.obligations = JsonColumns.write(t.obligations().stream().map(o -> o.withId(UUID.randomUUID())).toList());
                copy.addresseeGroupCode = t.addresseeGroupCode;
                resolved.add(copy);
            }
        }
        if (resolved.size() != plan.tasks.size() || !plan.tasks.containsAll(resolved)) {
            plan.tasks.clear();
            plan.tasks.addAll(resolved);
            for (int k = 0; k < resolved.size(); k++) {
                resolved.get(k).position = k;
            }
        }
    }

    private static void addGeneral(Plan plan, PlanDtos.GeneralTask general, String lead, List<String> cooperating) {
        // the document's own obligations ("báo cáo về Sở trước ngày …") bind each executing recipient; the
        // cooperating ones work with the issuer, who does not report to itself
        PlanTask task = newTask(plan, new PlanDtos.NewTask(null, general.title(), general.description(), lead, cooperating,
                null, cooperating.isEmpty() ? general.obligations() : null));
        task.general = true;
        plan.tasks.add(task);
    }
}
