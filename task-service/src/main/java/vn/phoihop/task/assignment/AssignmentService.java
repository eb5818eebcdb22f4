package vn.phoihop.task.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAcknowledged;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.TaskCancelled;
import vn.phoihop.events.TaskOverdue;
import vn.phoihop.events.TaskRescheduled;
import vn.phoihop.events.TaskStatusChanged;
import vn.phoihop.events.TaskTransferred;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.calendar.DeadlinePolicy;
import vn.phoihop.platform.outbox.Outbox;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.time.ServiceClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The assignment lifecycle: assigned → acknowledged → in progress → submitted → accepted, or returned →
 * submitted again; cancelled; moved to a successor agency. Every change is written to the history and
 * published through the outbox in the same transaction: TaskStatusChanged for every status change, plus
 * the specific event (TaskAcknowledged, TaskCancelled …). Task events are keyed by the assignee agency's
 * code so that one agency's events keep their order.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssignmentService {
    @Inject
    Outbox outbox;

    @Inject
    ServiceClock clock;

    @Inject
    DeadlinePolicy deadlines;

    /** A new assignment: stored, announced to its agency. */
    public Assignment create(Assignment a) {
        a.createdAt = now();
        a.status = AssignmentStatus.ASSIGNED;
        a.persist();
        announce(a);
        history(a, "ASSIGNED", null, AssignmentStatus.ASSIGNED, a.periodLabel);
        return a;
    }

    /** A cancelled assignment that the amended plan wants again: open once more, announced again. */
    public void reopen(Assignment a) {
        a.cancelledAt = null;
        a.cancelReason = null;
        changeStatus(a, AssignmentStatus.ASSIGNED, "plan amended");
        announce(a);
    }

    @Transactional
    public Assignment acknowledge(Assignment a) {
        if (a.status != AssignmentStatus.ASSIGNED) {
            throw ProblemException.conflict("assignment " + a.id + " is " + a.status.name().toLowerCase()
                    + ", only an assigned task can be acknowledged");
        }
        a.acknowledgedAt = now();
        changeStatus(a, AssignmentStatus.ACKNOWLEDGED, null);
        outbox.publish(Topics.TASK, a.agencyCode, EventTypes.TASK_ACKNOWLEDGED, a.agencyCode,
                new TaskAcknowledged(a.id, a.planId, a.agencyCode, a.issuerCode, a.acknowledgedAt));
        return a;
    }

    /** The agency starts working on it (đang thực hiện); an unacknowledged one is acknowledged by this too. */
    @Transactional
    public Assignment start(Assignment a) {
        if (a.status != AssignmentStatus.ASSIGNED && a.status != AssignmentStatus.ACKNOWLEDGED) {
            throw ProblemException.conflict("assignment " + a.id + " is " + a.status.name().toLowerCase()
                    + ", only an assigned or acknowledged task can be started");
        }
        if (a.acknowledgedAt == null) {
            a.acknowledgedAt = now();
        }
        return changeStatus(a, AssignmentStatus.IN_PROGRESS, null);
    }

    /** Moves the status, writes the history line and publishes TaskStatusChanged; no-op when unchanged. */
    public Assignment changeStatus(Assignment a, AssignmentStatus to, String note) {
        AssignmentStatus from = a.status;
        if (from == to) {
            return a;
        }
        a.status = to;
        Instant at = now();
        history(a, "STATUS_CHANGED", from, to, note);
        outbox.publish(Topics.TASK, a.agencyCode, EventTypes.TASK_STATUS_CHANGED, a.agencyCode,
                new TaskStatusChanged(a.id, a.planId, a.agencyCode, a.issuerCode, from, to, at));
        return a;
    }

    /** Cancels an open assignment (TASK_REMOVED, AGENCY_REMOVED, PERIOD_REMOVED, PLAN_REVOKED); others stay. */
    public boolean cancel(Assignment a, String reason) {
        if (!a.isOpen()) {
            return false;
        }
        a.cancelledAt = now();
        a.cancelReason = reason;
        changeStatus(a, AssignmentStatus.CANCELLED, reason);
        outbox.publish(Topics.TASK, a.agencyCode, EventTypes.TASK_CANCELLED, a.agencyCode,
                new TaskCancelled(a.id, a.planId, a.agencyCode, a.issuerCode, reason, a.cancelledAt));
        return true;
    }

    /** The deadline moved (plan amended, working calendar corrected). An overdue mark stays: TaskOverdue is sent once per assignment. */
    public void reschedule(Assignment a, LocalDate to) {
        LocalDate from = a.deadline;
        if (Objects.equals(from, to)) {
            return;
        }
        a.deadline(to, deadlines);
        history(a, "RESCHEDULED", null, null, from + " → " + to);
        outbox.publish(Topics.TASK, a.agencyCode, EventTypes.TASK_RESCHEDULED, a.agencyCode,
                new TaskRescheduled(a.id, a.planId, a.agencyCode, a.issuerCode, from, to, now()));
    }

    /** Moves an open assignment to the successor of an agency that ended; the history keeps the old agency. */
    public void transfer(Assignment a, String successor, LocalDate effectiveOn) {
        String from = a.agencyCode;
        a.transferredFrom = from;
        a.agencyCode = successor;
        history(a, "TRANSFERRED", a.status, a.status, from + " → " + successor);
        outbox.publish(Topics.TASK, successor, EventTypes.TASK_TRANSFERRED, successor,
                new TaskTransferred(a.id, a.planId, from, successor, a.issuerCode, effectiveOn, now()));
    }

    /** The deadline passed with nothing submitted; called once per assignment by the overdue detector. */
    public void markOverdue(Assignment a) {
        a.overdueAt = now();
        history(a, "OVERDUE", a.status, a.status, "hạn " + a.deadline);
        outbox.publish(Topics.TASK, a.agencyCode, EventTypes.TASK_OVERDUE, a.agencyCode,
                new TaskOverdue(a.id, a.planId, a.agencyCode, a.issuerCode, a.deadline, a.overdueAt));
    }

    private void announce(Assignment a) {
        outbox.publish(Topics.TASK, a.agencyCode, EventTypes.TASK_ASSIGNED, a.agencyCode, new TaskAssigned(
                a.id, a.planId, a.planNumber, a.issuerCode, a.taskId, a.taskTitle, a.agencyCode, a.role, a.deadline,
                a.obligationId, a.periodKey, a.periodLabel, a.dataFrom, a.dataTo, a.reportToCode, a.leadAgencyCode,
                List.copyOf(a.indicatorCodes)));
    }

    private void history(Assignment a, String what, AssignmentStatus from, AssignmentStatus to, String note) {
        AssignmentHistory h = new AssignmentHistory();
        h.assignmentId = a.id;
        h.at = now();
        h.agencyCode = a.agencyCode;
        h.what = what;
        h.fromStatus = from == null ? null : from.name();
        h.toStatus = to == null ? null : to.name();
        h.note = note;
        h.persist();
    }

    /** PostgreSQL keeps microseconds: the event and the stored row show the same instant. */
    public Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }
}
