package vn.phoihop.task.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.CalendarChanged;
import vn.phoihop.platform.calendar.CalendarYears;
import vn.phoihop.platform.calendar.DeadlinePolicy;
import vn.phoihop.platform.calendar.WorkingCalendar;
import vn.phoihop.task.assignment.Assignment;
import vn.phoihop.task.assignment.AssignmentService;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A corrected year of the working calendar (CalendarChanged) re-dates the open assignments whose dates were
 * reckoned in working days: a cooperating agency's deadline, N working days ahead of its lead's, moves so that it
 * is again N working days ahead (TaskRescheduled); and every open deadline in the year gets its due instant again,
 * since a day that became a day off (or a working day) moves the end of the period under the Civil Code's rule.
 * N is counted on the calendar as it was before the change, so it needs no other record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CalendarRedating {
    private static final Logger LOG = Logger.getLogger(CalendarRedating.class);

    @Inject
    CalendarYears years;

    @Inject
    WorkingCalendar calendar;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    AssignmentService assignments;

    public void changed(CalendarChanged change) {
        // a lead deadline early next year can pull its cooperating agencies back into this year
        LocalDate from = LocalDate.of(change.year() - 1, 12, 1);
        LocalDate to = LocalDate.of(change.year() + 1, 1, 31);
        List<Assignment> open = Assignment.list("status in ?1 and deadline between ?2 and ?3",
                Assignment.OPEN, from, to);
        Map<Assignment, Lead> ahead = new HashMap<>();
        for (Assignment a : open) {
            if (a.role != AssignmentRole.COOPERATING || a.leadAgencyCode == null) {
                continue;
            }
            Assignment lead = Assignment.<Assignment>find("taskId = ?1 and periodKey = ?2 and agencyCode = ?3 and role = ?4"
                            + " and (obligationId = ?5 or (obligationId is null and ?5 is null))",
                    a.taskId, a.periodKey, a.leadAgencyCode, AssignmentRole.LEAD, a.obligationId).firstResult();
            if (lead != null && lead.deadline != null && a.deadline.isBefore(lead.deadline)) {
                ahead.put(a, new Lead(lead.deadline, workingDaysAhead(a.deadline, lead.deadline)));
            }
        }
        if (!years.apply(change)) {
            return;
        }
        int moved = 0;
        for (Assignment a : open) {
            Lead lead = ahead.get(a);
            if (lead != null) {
                LocalDate redated = calendar.minusWorkingDays(lead.deadline(), lead.workingDays());
                if (!Objects.equals(redated, a.deadline)) {
                    assignments.reschedule(a, redated);
                    moved++;
                    continue;
                }
            }
            a.deadline(a.deadline, deadlines);
        }
        LOG.infof("calendar %d version %d applied: %d open assignments checked, %d re-dated", change.year(),
                change.version(), open.size(), moved);
    }

    /** Working days from {@code day} (counted) up to {@code lead} (not counted): N in "N working days ahead". */
    private int workingDaysAhead(LocalDate day, LocalDate lead) {
        int n = 0;
        for (LocalDate d = day; d.isBefore(lead); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private record Lead(LocalDate deadline, int workingDays) {
    }
}
