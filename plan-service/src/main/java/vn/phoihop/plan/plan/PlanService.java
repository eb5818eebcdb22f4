package vn.phoihop.plan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.Topics;
import vn.phoihop.plan.agency.Agency;
import vn.phoihop.plan.numbering.DocumentNumbers;
import vn.phoihop.platform.outbox.Outbox;
import vn.phoihop.platform.problem.Problem;
import vn.phoihop.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Drafting and issuing plans. Every check runs before anything is written. */
@ApplicationScoped
@Transactional
public class PlanService {
    /** Dates of documents are reckoned in Vietnam's time zone. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String PLAN_KIND = "KH";

    @Inject
    DocumentNumbers numbers;

    @Inject
    Outbox outbox;

    Clock clock = Clock.system(VIETNAM);

    public Plan draft(String issuerCode, PlanDtos.NewPlan body) {
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < body.tasks().size(); i++) {
            PlanDtos.NewTask task = body.tasks().get(i);
            if (Agency.findById(task.leadAgencyCode()) == null) {
                unknown.add(new Problem.FieldError("tasks[" + i + "].leadAgencyCode", "unknown agency " + task.leadAgencyCode()));
            }
            List<String> cooperating = task.cooperatingAgencyCodes() == null ? List.of() : task.cooperatingAgencyCodes();
            for (int j = 0; j < cooperating.size(); j++) {
                if (Agency.findById(cooperating.get(j)) == null) {
                    unknown.add(new Problem.FieldError("tasks[" + i + "].cooperatingAgencyCodes[" + j + "]",
                            "unknown agency " + cooperating.get(j)));
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(400, "Invalid request", unknown.get(0).field() + ": " + unknown.get(0).message(), unknown);
        }
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.issuerCode = issuerCode;
        plan.subject = body.subject();
        plan.place = body.place();
        plan.status = Plan.Status.DRAFT;
        plan.createdAt = Instant.now(clock);
        for (PlanDtos.NewTask t : body.tasks()) {
            PlanTask task = new PlanTask();
            task.id = UUID.randomUUID();
            task.plan = plan;
            task.position = plan.tasks.size();
            task.title = t.title();
            task.description = t.description();
            task.leadAgencyCode = t.leadAgencyCode();
            task.cooperatingAgencyCodes = t.cooperatingAgencyCodes() == null ? new ArrayList<>() : new ArrayList<>(t.cooperatingAgencyCodes());
            task.deadline = t.deadline();
            plan.tasks.add(task);
        }
        plan.persist();
        return plan;
    }

    /** Issues a draft: allocates its number and publishes PlanIssued, in one transaction. */
    public Plan issue(Plan plan) {
        if (plan.status != Plan.Status.DRAFT) {
            throw ProblemException.conflict("plan " + plan.id + " is already " + plan.status.name().toLowerCase()
                    + " as " + plan.number);
        }
        Agency issuer = Agency.findById(plan.issuerCode);
        LocalDate today = LocalDate.now(clock);
        plan.issuedOn = today;
        plan.number = numbers.next(plan.issuerCode, issuer.symbol, PLAN_KIND, today);
        plan.status = Plan.Status.ISSUED;
        outbox.publish(Topics.PLAN, plan.id.toString(), EventTypes.PLAN_ISSUED, null, new PlanIssued(
                plan.id, plan.number, plan.issuerCode, plan.subject, plan.issuedOn,
                plan.tasks.stream().map(t -> new PlanIssued.Task(t.id, t.title, t.description, t.leadAgencyCode,
                        List.copyOf(t.cooperatingAgencyCodes), t.deadline)).toList()));
        return plan;
    }
}
