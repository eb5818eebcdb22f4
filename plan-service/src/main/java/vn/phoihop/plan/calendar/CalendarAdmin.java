package vn.phoihop.plan.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.phoihop.events.CalendarChanged;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.calendar.CalendarYears;
import vn.phoihop.platform.calendar.WorkingCalendar;
import vn.phoihop.platform.outbox.Outbox;
import vn.phoihop.platform.problem.Problem;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.time.ServiceClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * plan-service owns the working calendar with the rest of the reference data: an admin's year is checked,
 * stored, laid over this service's calendar and published (CalendarChanged) in one transaction, so every other
 * service re-dates from the same days.
 */
@ApplicationScoped
@Transactional
public class CalendarAdmin {
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @Inject
    CalendarYears years;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    ServiceClock clock;

    public CalendarYearView view(int year) {
        requireYear(year);
        return CalendarYearView.of(calendar, year, years.version(year));
    }

    public CalendarYearView enter(int year, CalendarYearRequest request, String admin) {
        requireYear(year);
        check(year, request);
        CalendarChanged changed = new CalendarChanged(year, request.status().name(),
                request.sources().stream().map(s -> new CalendarChanged.Source(blankToNull(s.number()), s.date(),
                        blankToNull(s.issuer()), s.title().strip())).toList(),
                request.days().stream().sorted(java.util.Comparator.comparing(CalendarYearRequest.DayEntry::date))
                        .map(d -> new CalendarChanged.Day(d.date(), d.kind().name(), d.name().strip(), blankToNull(d.source())))
                        .toList(),
                years.version(year) + 1, clock.now(), admin);
        years.apply(changed);
        outbox.publish(Topics.AGENCY, "calendar-" + year, EventTypes.CALENDAR_CHANGED, null, changed);
        return CalendarYearView.of(calendar, year, changed.version());
    }

    private static void check(int year, CalendarYearRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.status() == WorkingCalendar.YearStatus.OFFICIAL) {
            boolean documented = request.sources().stream().anyMatch(s -> s.number() != null && !s.number().isBlank()
                    && s.date() != null);
            if (!documented) {
                errors.add(new Problem.FieldError("sources",
                        "an OFFICIAL year needs the Government's document with its number and date"));
            }
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < request.days().size(); i++) {
            CalendarYearRequest.DayEntry d = request.days().get(i);
            String field = "days[" + i + "].date";
            if (d.date().getYear() != year) {
                errors.add(new Problem.FieldError(field, d.date() + " is not in " + year));
            } else if (!seen.add(d.date())) {
                errors.add(new Problem.FieldError(field, d.date() + " is listed twice"));
            } else if (d.kind() == WorkingCalendar.Kind.WORKING_SATURDAY && !WorkingCalendar.isWeekend(d.date())) {
                errors.add(new Problem.FieldError("days[" + i + "].kind",
                        d.date() + " is a " + d.date().getDayOfWeek() + ": only a Saturday or Sunday can be a make-up working day"));
            }
        }
        for (int i = 0; i < request.sources().size(); i++) {
            LocalDate date = request.sources().get(i).date();
            if (date != null && date.getYear() > year) {
                errors.add(new Problem.FieldError("sources[" + i + "].date", "a document for " + year + " dated " + date + "?"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid calendar year", "The year was not changed", errors);
        }
    }

    static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.invalid("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
