package vn.phoihop.task.schedule;

import vn.phoihop.events.Frequency;
import vn.phoihop.events.SubmissionRule;
import vn.phoihop.platform.calendar.ReportingFrequency;
import vn.phoihop.platform.calendar.ReportingPeriod;
import vn.phoihop.platform.calendar.WorkingCalendar;

import java.time.LocalDate;

/**
 * Maps the contract's frequency and submission rule onto the platform's Decree 09/2019 periods, and names
 * each period as TaskAssigned says: {@code 2021-Q1}, {@code 2021-M03}, {@code 2021-H1}, {@code 2021-9M}, {@code 2021}.
 */
final class PeriodicDeadlines {

    static ReportingFrequency frequency(Frequency f) {
        return ReportingFrequency.valueOf(f.name());
    }

    /** The period's key from its cut-off day (the 14th of its last month). */
    static String key(Frequency f, ReportingPeriod period) {
        LocalDate cutOff = period.dataTo();
        int year = cutOff.getYear();
        int month = cutOff.getMonthValue();
        return switch (f) {
            case MONTHLY -> "%d-M%02d".formatted(year, month);
            case QUARTERLY -> year + "-Q" + (month / 3);
            case HALF_YEARLY -> year + "-H" + (month / 6);
            case NINE_MONTHS -> year + "-9M";
            case YEARLY -> String.valueOf(year);
        };
    }

    /**
     * The lead agency's deadline for the period. DAY_OF_MONTH N: the first day N on or after the cut-off
     * (N = 20 gives the 20th of the period's last month; N = 5 the 5th of the month after; N beyond the
     * month's length means its last day). Calendar-day rules keep the date as written even on a weekend or
     * holiday, as real plans do; no rule means the cut-off day itself.
     */
    static LocalDate leadDeadline(SubmissionRule rule, Integer days, ReportingPeriod period, WorkingCalendar calendar) {
        int n = days == null ? 0 : days;
        if (rule == null) {
            return period.dataTo();
        }
        return switch (rule) {
            case DAY_OF_MONTH -> dayOfMonthOnOrAfter(period.dataTo(), n);
            case DAYS_AFTER_CUT_OFF ->
                    new vn.phoihop.platform.calendar.SubmissionRule.DaysAfterCutOff(n).deadline(period, calendar);
            case WORKING_DAYS_AFTER_CUT_OFF ->
                    new vn.phoihop.platform.calendar.SubmissionRule.WorkingDaysAfterCutOff(n).deadline(period, calendar);
        };
    }

    static LocalDate dayOfMonthOnOrAfter(LocalDate cutOff, int day) {
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("submissionDays must be a day of the month (1–31) but was " + day);
        }
        LocalDate candidate = cutOff.withDayOfMonth(Math.min(day, cutOff.lengthOfMonth()));
        if (candidate.isBefore(cutOff)) {
            LocalDate next = cutOff.plusMonths(1);
            candidate = next.withDayOfMonth(Math.min(day, next.lengthOfMonth()));
        }
        return candidate;
    }

    private PeriodicDeadlines() {
    }
}
