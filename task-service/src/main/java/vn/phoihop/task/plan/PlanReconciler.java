package vn.phoihop.task.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.events.PlanAmended;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.PlanRevoked;
import vn.phoihop.events.PlanTasksPart;
import vn.phoihop.platform.calendar.DeadlinePolicy;
import vn.phoihop.task.agency.EndedAgency;
import vn.phoihop.task.assignment.Assignment;
import vn.phoihop.task.assignment.AssignmentService;
import vn.phoihop.task.request.ReportRequest;
import vn.phoihop.task.schedule.ObligationSchedule;
import vn.phoihop.task.schedule.ObligationSchedule.PlanFrame;
import vn.phoihop.task.schedule.Slot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the assignments in line with the plan: PlanIssued creates them, PlanAmended reconciles each added,
 * changed or removed task with what exists, PlanRevoked cancels what is still open. A version already
 * applied is ignored, so a redelivered or repeated plan event neither duplicates nor undoes anything.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlanReconciler {
    private static final Logger LOG = Logger.getLogger(PlanReconciler.class);

    @Inject
    ObligationSchedule schedule;

    @Inject
    AssignmentService assignments;

    @Inject
    DeadlinePolicy deadlines;

    public void issued(PlanIssued p) {
        int version = p.version() == null ? 1 : p.version();
        KnownPlan plan = KnownPlan.findById(p.planId());
        if (plan != null) {
            LOG.infof("plan %s (%s) is known at version %d; PlanIssued v%d ignored", p.number(), p.planId(), plan.version, version);
            return;
        }
        plan = new KnownPlan();
        plan.planId = p.planId();
        plan.number = p.number();
        plan.issuerCode = p.issuerCode();
        plan.subject = p.subject();
        plan.issuedOn = p.issuedOn();
        plan.periodFrom = p.periodFrom();
        plan.periodTo = p.periodTo();
        plan.version = version;
        plan.persist();
        reconcileAll(plan, p.tasks());
    }

    public void amended(PlanAmended a) {
        KnownPlan plan = KnownPlan.findById(a.planId());
        if (plan == null) {
            LOG.warnf("amendment v%d of plan %s (%s), which was never issued here; skipped", a.version(), a.number(), a.planId());
            return;
        }
        if (plan.revokedOn != null || a.version() <= plan.version) {
            LOG.infof("amendment v%d of plan %s ignored: version %d applied%s", a.version(), a.number(), plan.version,
                    plan.revokedOn != null ? ", plan revoked" : "");
            return;
        }
        if (a.version() != plan.version + 1) {
            LOG.warnf("plan %s jumps from version %d to %d; applying what the amendment says", a.number(), plan.version, a.version());
        }
        plan.version = a.version();
        plan.number = a.number();
        List<PlanIssued.Task> tasks = new ArrayList<>(nonNull(a.tasksAdded()));
        tasks.addAll(nonNull(a.tasksChanged()));
        reconcileAll(plan, tasks);
        for (UUID taskId : nonNull(a.tasksRemoved())) {
            for (Assignment gone : Assignment.ofTask(taskId)) {
                assignments.cancel(gone, "TASK_REMOVED");
            }
        }
    }

    /**
     * A further part of the tasks of the version just issued or amended: reconciled like the tasks of the event
     * that opened the version. A part of a version other than the one applied (a replay after a later amendment,
     * or of a revoked plan) is ignored; a redelivered part finds its assignments and changes nothing.
     */
    public void part(PlanTasksPart p) {
        KnownPlan plan = KnownPlan.findById(p.planId());
        if (plan == null || plan.revokedOn != null || plan.version != p.version()) {
            LOG.infof("part %d/%d of plan %s v%d ignored: %s", p.part(), p.parts(), p.number(), p.version(),
                    plan == null ? "plan not known here" : plan.revokedOn != null ? "plan revoked" : "version " + plan.version + " applied");
            return;
        }
        reconcileAll(plan, nonNull(p.tasks()));
        for (UUID taskId : nonNull(p.tasksRemoved())) {
            for (Assignment gone : Assignment.ofTask(taskId)) {
                assignments.cancel(gone, "TASK_REMOVED");
            }
        }
    }

    public void revoked(PlanRevoked r) {
        KnownPlan plan = KnownPlan.findById(r.planId());
        if (plan != null) {
            plan.revokedOn = r.revokedOn();
        }
        for (Assignment a : Assignment.<Assignment>list("planId", r.planId())) {
            assignments.cancel(a, "PLAN_REVOKED");
        }
    }

    /**
     * Reconciles many tasks with two queries in all (their assignments, the ended agencies) instead of two per
     * task, so that the new rows of a large letter go to the database in JDBC batches rather than one by one
     * between queries.
     */
    private void reconcileAll(KnownPlan plan, List<PlanIssued.Task> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        Map<UUID, List<Assignment>> byTask = new HashMap<>();
        List<UUID> ids = tasks.stream().map(PlanIssued.Task::taskId).toList();
        for (int from = 0; from < ids.size(); from += 10_000) {
            for (Assignment a : Assignment.<Assignment>list("taskId in ?1", ids.subList(from, Math.min(ids.size(), from + 10_000)))) {
                byTask.computeIfAbsent(a.taskId, k -> new ArrayList<>()).add(a);
            }
        }
        java.util.function.UnaryOperator<String> current = EndedAgency.resolver();
        for (PlanIssued.Task task : tasks) {
            reconcile(plan, task, byTask.getOrDefault(task.taskId(), List.of()), current);
        }
    }

    /**
     * Makes the task's assignments what the plan asks for now: creates missing slots, reopens cancelled ones
     * that are wanted again, updates dates and details of the others (TaskRescheduled when a deadline moves)
     * and cancels open ones the task no longer asks for.
     */
    private void reconcile(KnownPlan plan, PlanIssued.Task task, List<Assignment> ofTask,
                           java.util.function.UnaryOperator<String> current) {
        PlanFrame frame = new PlanFrame(plan.issuerCode, plan.issuedOn, plan.periodFrom, plan.periodTo);
        List<Slot> wanted = schedule.slots(frame, task, current);
        Map<String, Assignment> existing = new HashMap<>();
        for (Assignment a : ofTask) {
            if (ReportRequest.isRequestPeriod(a.periodKey)) {
                continue; // dated by a report request, not by the plan's text: an amendment leaves it alone
            }
            existing.put(Slot.key(a.obligationId, a.periodKey, a.agencyCode), a);
        }
        Set<String> agencies = new HashSet<>();
        for (Slot slot : wanted) {
            agencies.add(slot.agencyCode());
            Assignment a = existing.remove(slot.key());
            if (a == null) {
                a = new Assignment();
                a.id = UUID.randomUUID();
                a.taskId = task.taskId();
                a.obligationId = slot.obligationId();
                a.periodKey = slot.periodKey();
                a.agencyCode = slot.agencyCode();
                copy(plan, task, slot, a);
                a.deadline(slot.deadline(), deadlines);
                assignments.create(a);
                continue;
            }
            copy(plan, task, slot, a);
            if (a.status == AssignmentStatus.CANCELLED && !"PLAN_REVOKED".equals(a.cancelReason)) {
                a.deadline(slot.deadline(), deadlines);
                assignments.reopen(a);
            } else if (!Objects.equals(a.deadline, slot.deadline())) {
                assignments.reschedule(a, slot.deadline());
            }
        }
        for (Assignment left : existing.values()) {
            assignments.cancel(left, agencies.contains(left.agencyCode) ? "PERIOD_REMOVED" : "AGENCY_REMOVED");
        }
    }

    private static void copy(KnownPlan plan, PlanIssued.Task task, Slot slot, Assignment a) {
        a.planId = plan.planId;
        a.planNumber = plan.number;
        a.issuerCode = plan.issuerCode;
        a.taskTitle = task.title();
        a.role = slot.role();
        a.periodLabel = slot.periodLabel();
        a.dataFrom = slot.dataFrom();
        a.dataTo = slot.dataTo();
        a.reportToCode = slot.reportToCode();
        a.leadAgencyCode = slot.leadAgencyCode();
        a.indicatorCodes = new ArrayList<>(slot.indicatorCodes());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
