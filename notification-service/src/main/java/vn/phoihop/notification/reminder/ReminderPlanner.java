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
import java.util.ArrayList;
import java.util.List;
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
        plan(a, false);
    }

    /**
     * Plans the reminders of an assignment heard of for the first time: none is planned or sent yet, so there is
     * nothing to delete and no escalation to look for (two statements fewer for each of a large letter's agencies).
     */
    public void planNew(Assignment a) {
        plan(a, true);
    }

    private void plan(Assignment a, boolean firstHeard) {
        if (!a.open() || a.deadline == null) {
            return;
        }
        Policy policy = policies.of(a);
        Instant now = clock.now();
        List<Planned> planned = new ArrayList<>();
        // reminders before the deadline count back from the last working day on or before the written date;
        // the period itself ends on its last day (Civil Code art. 148(5): the next working day after a day off)
        LocalDate beforeWritten = calendar.previousWorkingDayOnOrBefore(a.deadline);
        LocalDate lastDay = deadlines.lastDay(a.deadline);
        LocalDate dueDay = calendar.previousWorkingDayOnOrBefore(lastDay);
        for (int n : policy.daysBefore()) {
            if (n > 0) {
                LocalDate day = calendar.minusWorkingDays(beforeWritten, n);
                if (!times.on(day).isBefore(now)) {
                    planned.add(new Planned(ReminderKind.BEFORE_DEADLINE, day, n));
                }
            }
        }
        if (policy.onDueDay() && !times.on(dueDay).isBefore(now)) {
            planned.add(new Planned(ReminderKind.DUE_TODAY, dueDay, 0));
        }
        if (policy.overdueDaily()) {
            planned.add(overdue(a, lastDay.plusDays(1)));
        }
        if (policy.escalateAfterWorkingDays() > 0 && (firstHeard || !escalated(a.assignmentId))) {
            LocalDate day = times.firstSlot(calendar.plusWorkingDays(lastDay, policy.escalateAfterWorkingDays()), now);
            planned.add(new Planned(ReminderKind.ESCALATION, day, -times.workingDaysLate(a.deadline, day)));
        }
        schedule(a.assignmentId, planned);
    }

    /** The next daily overdue notice, on the first working day from {@code from} not already past. */
    public void scheduleOverdue(Assignment a, LocalDate from) {
        schedule(a.assignmentId, List.of(overdue(a, from)));
    }

    private Planned overdue(Assignment a, LocalDate from) {
        LocalDate day = times.firstSlot(from, clock.now());
        return new Planned(ReminderKind.OVERDUE, day, -times.workingDaysLate(a.deadline, day));
    }

    /** A reminder to write: its kind, day and the working days left (negative: late). */
    private record Planned(ReminderKind kind, LocalDate day, int workingDaysLeft) {
    }

    private boolean escalated(UUID assignmentId) {
        return Reminder.count("assignmentId = ?1 and kind = ?2 and status = ?3",
                assignmentId, ReminderKind.ESCALATION, Reminder.Status.SENT) > 0;
    }

    /** Writes an assignment's reminders in one statement; one already planned for the same kind and day stays. */
    private void schedule(UUID assignmentId, List<Planned> planned) {
        if (planned.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "insert into reminder (id, assignment_id, kind, due_on, due_at, status, working_days_left) values ");
        for (int i = 0; i < planned.size(); i++) {
            int p = i * 6;
            sql.append(i == 0 ? "" : ", ").append(String.format("(?%d, ?%d, ?%d, ?%d, ?%d, 'SCHEDULED', ?%d)",
                    p + 1, p + 2, p + 3, p + 4, p + 5, p + 6));
        }
        sql.append(" on conflict on constraint reminder_once do nothing");
        var insert = em.createNativeQuery(sql.toString()).unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedQuerySpace("reminder");
        for (int i = 0; i < planned.size(); i++) {
            Planned r = planned.get(i);
            int p = i * 6;
            insert.setParameter(p + 1, UUID.randomUUID())
                    .setParameter(p + 2, assignmentId)
                    .setParameter(p + 3, r.kind().name())
                    .setParameter(p + 4, r.day())
                    .setParameter(p + 5, times.on(r.day()))
                    .setParameter(p + 6, r.workingDaysLeft());
        }
        insert.executeUpdate();
    }
}
