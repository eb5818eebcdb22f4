package vn.phoihop.plan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.ObligationKind;
import vn.phoihop.events.PlanAmended;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.PlanRevoked;
import vn.phoihop.events.Topics;
import vn.phoihop.plan.history.PlanHistory;
import vn.phoihop.platform.outbox.Outbox;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.time.ServiceClock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Amending (sửa đổi, bổ sung) and revoking (thu hồi) documents in force; each publishes what changed. */
@ApplicationScoped
@Transactional
public class PlanAmendments {
    @Inject
    PlanValidator validator;

    @Inject
    Outbox outbox;

    @Inject
    PlanEventPublisher events;

    @Inject
    ServiceClock clock;

    @Inject
    PlanHistory history;

    public Plan amend(Plan plan, AmendmentDtos.Amendment a) {
        requireInForce(plan);
        List<PlanDtos.NewTask> adds = a.addTasks() == null ? List.of() : a.addTasks();
        List<UUID> removes = a.removeTasks() == null ? List.of() : a.removeTasks();
        List<PlanDtos.NewTask> changes = a.changeTasks() == null ? List.of() : a.changeTasks();
        List<AmendmentDtos.DeadlineMove> moves = a.moveDeadlines() == null ? List.of() : a.moveDeadlines();
        check(plan, adds, removes, changes, moves);

        Map<UUID, PlanIssued.Task> before = eventForms(plan);
        List<PlanIssued.Target> targetsBefore = PlanViews.targets(plan);
        plan.tasks.removeIf(t -> removes.contains(t.id));
        for (PlanDtos.NewTask change : changes) {
            PlanService.apply(plan.task(change.id()).orElseThrow(), change);
        }
        for (PlanDtos.NewTask add : adds) {
            plan.tasks.add(PlanService.newTask(plan, add));
        }
        for (AmendmentDtos.DeadlineMove move : moves) {
            PlanTask task = plan.task(move.taskId()).orElseThrow();
            if (move.obligationId() == null) {
                task.deadline = move.to();
            } else {
                task.obligations = JsonColumns.write(task.obligations().stream().map(o -> !o.id().equals(move.obligationId()) ? o
                        : new PlanViews.ObligationView(o.id(), o.kind(), o.title(), move.to(), o.dataFrom(), o.dataTo(),
                        o.frequency(), o.submissionRule(), o.submissionDays(), o.reportToCode(), o.consolidatorCode(),
                        o.upwardToCode(), o.cooperatingLeadWorkingDays(), o.indicatorCodes())).toList());
            }
        }
        for (int i = 0; i < plan.tasks.size(); i++) {
            plan.tasks.get(i).position = i;
        }
        if (a.targets() != null) {
            plan.targets = JsonColumns.write(a.targets());
        }
        validator.checkDeadlines(plan, plan.issuedOn);

        Map<UUID, PlanIssued.Task> after = eventForms(plan);
        List<PlanIssued.Task> added = after.values().stream().filter(t -> !before.containsKey(t.taskId())).toList();
        List<UUID> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).toList();
        List<PlanIssued.Task> changed = after.values().stream()
                .filter(t -> before.containsKey(t.taskId()) && !before.get(t.taskId()).equals(t)).toList();
        List<PlanIssued.Target> targets = PlanViews.targets(plan);
        if (added.isEmpty() && removed.isEmpty() && changed.isEmpty() && targets.equals(targetsBefore)) {
            throw ProblemException.invalid("reason", "the amendment changes nothing");
        }
        plan.version++;
        plan.status = Status.AMENDED;
        plan.amendedOn = clock.today();
        PlanAmended event = new PlanAmended(plan.id, plan.number, plan.issuerCode, plan.version, plan.amendedOn, a.reason(),
                added, removed, changed, moved(before, changed), targets);
        events.amended(event);
        history.record(plan, "AMENDED", a.reason(), event);
        return plan;
    }

    public Plan revoke(Plan plan, String reason) {
        requireInForce(plan);
        plan.status = Status.REVOKED;
        plan.revokedOn = clock.today();
        plan.revocationReason = reason;
        outbox.publish(Topics.PLAN, plan.id.toString(), EventTypes.PLAN_REVOKED, plan.issuerCode,
                new PlanRevoked(plan.id, plan.number, plan.issuerCode, plan.revokedOn, reason));
        history.record(plan, "REVOKED", reason, null);
        return plan;
    }

    private static void requireInForce(Plan plan) {
        if (!plan.status.inForce()) {
            throw ProblemException.conflict("document " + (plan.number == null ? plan.id : plan.number) + " is "
                    + plan.status.name().toLowerCase() + ", not in force");
        }
    }

    private void check(Plan plan, List<PlanDtos.NewTask> adds, List<UUID> removes, List<PlanDtos.NewTask> changes,
                       List<AmendmentDtos.DeadlineMove> moves) {
        PlanValidator.Errors errors = validator.errors();
        Set<UUID> existing = plan.tasks.stream().map(t -> t.id).collect(Collectors.toSet());
        for (int i = 0; i < removes.size(); i++) {
            if (!existing.contains(removes.get(i))) {
                errors.add("removeTasks[" + i + "]", "the document has no task " + removes.get(i));
            }
        }
        for (int i = 0; i < adds.size(); i++) {
            if (adds.get(i).id() != null) {
                errors.add("addTasks[" + i + "].id", "a new task gets its id when it is added");
            }
            if (adds.get(i).addresseeGroupCode() != null) {
                // groups are resolved at issue; an issued document names the agencies it adds
                errors.add("addTasks[" + i + "].addresseeGroupCode", "an amendment names its agencies; addressee groups are resolved when a document is issued");
            }
            validator.checkTask("addTasks[" + i + "]", adds.get(i), errors);
        }
        for (int i = 0; i < changes.size(); i++) {
            UUID id = changes.get(i).id();
            if (id == null || !existing.contains(id) || removes.contains(id)) {
                errors.add("changeTasks[" + i + "].id", id == null ? "name the task to change" : "the document has no task " + id + " to change");
            }
            if (changes.get(i).addresseeGroupCode() != null) {
                errors.add("changeTasks[" + i + "].addresseeGroupCode", "an amendment names its agencies; addressee groups are resolved when a document is issued");
            }
            validator.checkTask("changeTasks[" + i + "]", changes.get(i), errors);
        }
        for (int i = 0; i < moves.size(); i++) {
            AmendmentDtos.DeadlineMove move = moves.get(i);
            PlanTask task = plan.task(move.taskId()).orElse(null);
            if (task == null || removes.contains(move.taskId())) {
                errors.add("moveDeadlines[" + i + "].taskId", "the document has no task " + move.taskId());
            } else if (move.obligationId() != null && task.obligations().stream()
                    .noneMatch(o -> o.id().equals(move.obligationId()) && o.kind() == ObligationKind.ONCE)) {
                errors.add("moveDeadlines[" + i + "].obligationId", "the task has no one-off report obligation " + move.obligationId());
            }
        }
        errors.throwIfAny();
    }

    private static Map<UUID, PlanIssued.Task> eventForms(Plan plan) {
        Map<UUID, PlanIssued.Task> forms = new LinkedHashMap<>();
        plan.tasks.forEach(t -> forms.put(t.id, PlanViews.event(plan, t)));
        return forms;
    }

    private static List<PlanAmended.DeadlineMoved> moved(Map<UUID, PlanIssued.Task> before, List<PlanIssued.Task> changed) {
        List<PlanAmended.DeadlineMoved> moved = new ArrayList<>();
        for (PlanIssued.Task now : changed) {
            PlanIssued.Task was = before.get(now.taskId());
            if (!Objects.equals(was.deadline(), now.deadline())) {
                moved.add(new PlanAmended.DeadlineMoved(now.taskId(), null, was.deadline(), now.deadline()));
            }
            for (PlanIssued.Obligation o : now.obligations()) {
                was.obligations().stream().filter(w -> w.obligationId().equals(o.obligationId())).findFirst()
                        .filter(w -> !Objects.equals(w.deadline(), o.deadline()))
                        .ifPresent(w -> moved.add(new PlanAmended.DeadlineMoved(now.taskId(), o.obligationId(), w.deadline(), o.deadline())));
            }
        }
        return moved;
    }
}
