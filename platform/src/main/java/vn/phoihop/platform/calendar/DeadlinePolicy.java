package vn.phoihop.platform.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.phoihop.platform.time.ServiceClock;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a written deadline really ends. By default the Civil Code 2015, art. 148(5): a period whose last day
 * is a day off (weekend, holiday, Tết) ends at the end of the next working day, so a report due "trước ngày
 * 22/02/2026" (a Sunday in Tết) is on time until the end of Monday 23/02. Every service applies the same rule
 * to buckets, overdue detection, reminders and escalation; {@code phoihop.deadline.rule=AS_WRITTEN} keeps the
 * written day instead (a province whose regulation says so).
 */
@ApplicationScoped
public class DeadlinePolicy {

    /** The rules a province can choose. */
    public enum Rule {
        /** Bộ luật Dân sự 2015, điều 148 khoản 5: a deadline on a day off moves to the next working day. */
        CIVIL_CODE,
        /** The written day, even on a day off. */
        AS_WRITTEN
    }

    @Inject
    WorkingCalendar calendar;

    @ConfigProperty(name = "phoihop.deadline.rule", defaultValue = "CIVIL_CODE")
    Rule rule;

    public Rule rule() {
        return rule;
    }

    /** The last day of the period that ends on {@code written}; null stays null. */
    public LocalDate lastDay(LocalDate written) {
        if (written == null || rule == Rule.AS_WRITTEN) {
            return written;
        }
        return calendar.nextWorkingDayOnOrAfter(written);
    }

    /** The instant the deadline passes: the end of its last day in Vietnam. */
    public Instant dueAt(LocalDate written) {
        LocalDate last = lastDay(written);
        return last == null ? null : last.plusDays(1).atStartOfDay(ServiceClock.ZONE).toInstant();
    }
}
