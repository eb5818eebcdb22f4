package vn.phoihop.notification.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.phoihop.events.CalendarChanged;
import vn.phoihop.notification.assignment.Assignment;
import vn.phoihop.platform.calendar.CalendarYears;

import java.time.LocalDate;
import java.util.List;

/**
 * A corrected year of the working calendar (CalendarChanged) replans the reminders of every open assignment whose
 * deadline is near or in that year: reminders fall on working days counted back from the deadline and escalation
 * counts working days after it, so a day that became a day off (or a working day) moves them. Deadlines that
 * task-service re-dates arrive as TaskRescheduled and are replanned again, harmlessly.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CalendarReplanning {
    private static final Logger LOG = Logger.getLogger(CalendarReplanning.class);

    @Inject
    CalendarYears years;

    @Inject
    ReminderPlanner planner;

    public void changed(CalendarChanged change) {
        if (!years.apply(change)) {
            return;
        }
        List<Assignment> open = Assignment.list("status = ?1 and deadline between ?2 and ?3", Assignment.Status.OPEN,
                LocalDate.of(change.year() - 1, 12, 1), LocalDate.of(change.year() + 1, 1, 31));
        open.forEach(planner::replan);
        LOG.infof("calendar %d version %d applied: reminders of %d open assignments replanned", change.year(),
                change.version(), open.size());
    }
}
