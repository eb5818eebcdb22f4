package vn.phoihop.plan.calendar;

import vn.phoihop.platform.calendar.WorkingCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * One year as the services reckon it: its status, documents, each listed day with where it comes from,
 * and the number of working days; a derived year carries a warning.
 */
public record CalendarYearView(int year, WorkingCalendar.YearStatus status, List<WorkingCalendar.Source> sources,
                               String warning, int version, int workingDays, List<DayView> days) {

    /** A day off on a weekday or a working weekend day, and its source. */
    public record DayView(LocalDate date, DayOfWeek dayOfWeek, WorkingCalendar.Kind kind, boolean working, String name,
                          String source) {
    }

    static CalendarYearView of(WorkingCalendar calendar, int year, int version) {
        WorkingCalendar.Year y = calendar.year(year);
        int working = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                working++;
            }
        }
        List<DayView> days = calendar.days(year).stream().map(d -> new DayView(d.date(), d.date().getDayOfWeek(),
                d.kind(), calendar.isWorkingDay(d.date()), d.name(), calendar.sourceOf(d.date()))).toList();
        return new CalendarYearView(year, y.status(), y.sources(), warning(y), version, working, days);
    }

    static String warning(WorkingCalendar.Year y) {
        return y.status() == WorkingCalendar.YearStatus.DERIVED
                ? "Lịch năm " + y.year() + " được suy ra theo Bộ luật Lao động, chưa có quyết định của Chính phủ: "
                + "các ngày nghỉ có thể thay đổi"
                : null;
    }
}
