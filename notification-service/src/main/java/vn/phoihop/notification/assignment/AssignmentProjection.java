package vn.phoihop.notification.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.TaskRescheduled;
import vn.phoihop.events.TaskTransferred;
import vn.phoihop.notification.reminder.ReminderPlanner;
import vn.phoihop.platform.time.ServiceClock;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Applies task and report events to the assignment projection and keeps each assignment's reminders
 * in step: assigned or rescheduled plans them, submitted/accepted/cancelled stops them, returned
 * restarts them. Runs in the consumer's transaction (with the inbox record).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssignmentProjection {
    @Inject
    ReminderPlanner planner;

    @Inject
    ServiceClock clock;

    @Inject
    EntityManager em;

    public void assigned(TaskAssigned t) {
        boolean firstHeard = stub(t.assignmentId());
        Assignment a = em.find(Assignment.class, t.assignmentId(), LockModeType.PESSIMISTIC_WRITE);
        a.planId = t.planId();
        a.planNumber = t.planNumber();
        a.taskTitle = t.taskTitle();
        a.agencyCode = t.agencyCode();
        a.issuerCode = t.issuerCode();
        a.reportToCode = t.reportToCode() != null ? t.reportToCode() : t.issuerCode();
        a.obligationId = t.obligationId();
        a.periodKey = t.periodKey();
        a.periodLabel = t.periodLabel();
        a.deadline = t.deadline();
        // a report that arrived first (stub DONE) keeps it done
        save(a);
        if (firstHeard) {
            planner.planNew(a); // nothing planned or sent for it yet: no reminders to replace
        } else {
            planner.replan(a);
        }
    }

    public void rescheduled(TaskRescheduled r) {
        Assignment a = Assignment.findById(r.assignmentId(), LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            return;
        }
        a.deadline = r.to();
        save(a);
        planner.replan(a);
    }

    /** Reminders follow the assignment to the successor agency (they read the agency when sent). */
    public void transferred(TaskTransferred t) {
        Assignment a = Assignment.findById(t.assignmentId(), LockModeType.PESSIMISTIC_WRITE);
        if (a != null) {
            a.agencyCode = t.agencyCode();
            save(a);
        }
    }

    public void statusChanged(UUID assignmentId, AssignmentStatus to) {
        switch (to) {
            case SUBMITTED, ACCEPTED -> done(assignmentId);
            case CANCELLED -> cancelled(assignmentId);
            case RETURNED -> returned(assignmentId);
            default -> {
                // acknowledged, in progress: still open, reminders run on
            }
        }
    }

    /** Submitted (or revised, accepted): nothing more to remind about. */
    public void done(UUID assignmentId) {
        stop(assignmentId, Assignment.Status.DONE);
    }

    public void cancelled(UUID assignmentId) {
        stop(assignmentId, Assignment.Status.CANCELLED);
    }

    /** Returned for revision: reminders again, before the deadline if it is ahead, overdue notices if not. */
    public void returned(UUID assignmentId) {
        Assignment a = Assignment.findById(assignmentId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || a.status == Assignment.Status.CANCELLED) {
            return;
        }
        a.status = Assignment.Status.OPEN;
        save(a);
        planner.replan(a);
    }

    private void stop(UUID assignmentId, Assignment.Status status) {
        Assignment a = lockOrStub(assignmentId);
        if (a.status == Assignment.Status.CANCELLED) {
            return;
        }
        a.status = status;
        save(a);
        planner.replan(a);
    }

    /** The row, locked; created empty first if no event about it came yet (two instances may race here). */
    private Assignment lockOrStub(UUID id) {
        stub(id);
        return em.find(Assignment.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Creates the assignment as an open stub unless it exists; true when this created it. */
    private boolean stub(UUID id) {
        return em.createNativeQuery("insert into assignment (assignment_id, status, updated_at) values (?1, 'OPEN', ?2)"
                        + " on conflict do nothing")
                .setParameter(1, id).setParameter(2, clock.now()).executeUpdate() == 1;
    }

    private void save(Assignment a) {
        a.updatedAt = clock.now();
        a.persist();
    }

    /** Deadline as the letters show it. */
    public static String date(LocalDate d) {
        return d == null ? "" : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
