package vn.phoihop.notification.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.phoihop.platform.calendar.DeadlinePolicy;
import vn.phoihop.platform.calendar.WorkingCalendar;
import vn.phoihop.platform.time.ServiceClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * When reminders may go out: at the sending time (08:00 Asia/Ho_Chi_Minh) on working days, and only
 * during office hours, never at night, on a weekend or a public holiday (nghỉ lễ, Tết).
 */
@ApplicationScoped
public class SendingTimes {
    @Inject
    WorkingCalendar calendar;

    @Inject
    DeadlinePolicy deadlines;

    @ConfigProperty(name = "phoihop.reminders.send-at", defaultValue = "08:00")
    LocalTime sendAt;

    /** A reminder due earlier that could not go out (service down) waits for the next morning after this. */
    @ConfigProperty(name = "phoihop.reminders.send-until", defaultValue = "17:00")
    LocalTime sendUntil;

    public Instant on(LocalDate day) {
        return day.atTime(sendAt).atZone(ServiceClock.ZONE).toInstant();
    }

    /** Whether reminders may be sent at this instant. */
    public boolean officeHours(Instant at) {
        ZonedDateTime local = at.atZone(ServiceClock.ZONE);
        LocalTime time = local.toLocalTime();
        return calendar.isWorkingDay(local.toLocalDate()) && !time.isBefore(sendAt) && time.isBefore(sendUntil);
    }

    /** The first working day whose sending time is at or after {@code now}, not before {@code from}. */
    public LocalDate firstSlot(LocalDate from, Instant now) {
        LocalDate day = calendar.nextWorkingDayOnOrAfter(from);
        while (on(day).isBefore(now)) {
            day = calendar.nextWorkingDayOnOrAfter(day.plusDays(1));
        }
        return day;
    }

    /**
     * Working days after the deadline's last day (under {@link DeadlinePolicy}) up to and including {@code day}:
     * how many days late.
     */
    public int workingDaysLate(LocalDate deadline, LocalDate day) {
        int late = 0;
        for (LocalDate d = deadlines.lastDay(deadline).plusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                late++;
            }
        }
        return late;
    }
}
