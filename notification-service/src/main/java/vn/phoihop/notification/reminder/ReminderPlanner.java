package vn.phoihop.notification.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.phoihop.events.ReminderKind;
import vn.phoihop.notification.assignment.Assignment;
import vn.phoihop.platform.calendar.DeadlinePolicy;
import vn.phoihop.platform.calendar.WorkingCalendar;
import vn.phoihop.platform.time.ServiceClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Plans an assignment's reminders from its deadline and policy, on working days only. Reminders before the
 * deadline go out on working days before the written date; the due-day reminder, overdue notices and escalation
 * reckon from the deadline's last day under {@link DeadlinePolicy} (by default the next working day when the
 * written day is a day off). Replanning drops
 * what is still scheduled and inserts the new plan; (assignment, kind, day) is unique, so a reminder
 * already sent for a day is never planned again, and replaying an event plans nothing twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReminderPlanner {
    @Inject
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    @Inject
    SendingTimes times;

    @Inject
    Policies policies;

    @Inject
    ServiceClock clock;

    @Inject
    DeadlinePolicy deadlines;

    public void replan(Assignment a) {
        em.createNativeQuery("delete from reminder where assignment_id = ?1 and status = 'SCHEDULED'")
                .setParameter(1, a.assignmentId).executeUpdate();
        if (!a.open() || a.deadline == null) {
            return;
        }
        Policy policy = policies.of(a);
        Instant now = clock.now();
        // reminders before the deadline count back from the last working day on or before the written date;
        // the period itself ends on its last day (Civil Code art. 148(5): the next working day after a day off)
        LocalDate beforeWritten = calendar.previousWorkingDayOnOrBefore(a.deadline);
        LocalDate lastDay = deadlines.lastDay(a.deadline);
        LocalDate dueDay = calendar.previousWorkingDayOnOrBefore(lastDay);
        for (int n : policy.daysBefore()) {
            if (n > 0) {
                LocalDate day = calendar.minusWorkingDays(beforeWritten, n);
                if (!times.on(day).isBefore(now)) {
                    schedule(a.assignmentId, ReminderKind.BEFORE_DEADLINE, day, n);
                }
            }
        }
        if (policy.onDueDay() && !times.on(dueDay).isBefore(now)) {
            schedule(a.assignmentId, ReminderKind.DUE_TODAY, dueDay, 0);
        }
        if (policy.overdueDaily()) {
            scheduleOverdue(a, lastDay.plusDays(1));
        }
        if (policy.escalateAfterWorkingDays() > 0 && !escalated(a.assignmentId)) {
            LocalDate day = times.firstSlot(calendar.plusWorkingDays(lastDay, policy.escalateAfterWorkingDays()), now);
            schedule(a.assignmentId, ReminderKind.ESCALATION, day, -times.workingDaysLate(a.deadline, day));
        }
    }

    /** The next daily overdue notice, on the first working day from {@code from} not already past. */
    public void scheduleOverdue(Assignment a, LocalDate from) {
        LocalDate day = times.firstSlot(from, clock.now());
        schedule(a.assignmentId, ReminderKind.OVERDUE, day, -times.workingDaysLate(a.deadline, day));
    }

    private boolean escalated(UUID assignmentId) {
        return Reminder.count("assignmentId = ?1 and kind = ?2 and status = ?3",
                assignmentId, ReminderKind.ESCALATION, Reminder.Status.SENT) > 0;
    }

    private void schedule(UUID assignmentId, ReminderKind kind, LocalDate day, int workingDaysLeft) {
        em.createNativeQuery("insert into reminder (id, assignment_id, kind, due_on, due_at, status, working_days_left)"
                        + " values (?1, ?2, ?3, ?4, ?5, 'SCHEDULED', ?6) on conflict on constraint reminder_once do nothing")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, assignmentId)
                .setParameter(3, kind.name())
                .setParameter(4, day)
                .setParameter(5, times.on(day))
                .setParameter(6, workingDaysLeft)
                .executeUpdate();
    }
}
