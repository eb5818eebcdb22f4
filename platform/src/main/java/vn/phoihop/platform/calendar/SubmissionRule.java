package vn.phoihop.platform.calendar;

import java.time.LocalDate;

/**
 * When a report is due (thời hạn gửi báo cáo) relative to its cut-off day (ngày chốt số liệu).
 *
 * <p>Calendar-day deadlines are kept as written even when they fall on a weekend or holiday (real
 * plans do set such deadlines); callers warn with {@link WorkingCalendar#isWorkingDay(LocalDate)}.
 */
public sealed interface SubmissionRule {

    /** The deadline of the period. */
    LocalDate deadline(ReportingPeriod period, WorkingCalendar calendar);

    /** Due {@code days} calendar days after the cut-off day (0 = the cut-off day itself). */
    record DaysAfterCutOff(int days) implements SubmissionRule {
        public DaysAfterCutOff {
            if (days < 0) {
                throw new IllegalArgumentException("days must be >= 0 but was " + days);
            }
        }

        @Override
        public LocalDate deadline(ReportingPeriod period, WorkingCalendar calendar) {
            return period.dataTo().plusDays(days);
        }
    }

    /** Due on the {@code days}-th working day after the cut-off day (0 = the cut-off day itself). */
    record WorkingDaysAfterCutOff(int days) implements SubmissionRule {
        public WorkingDaysAfterCutOff {
            if (days < 0) {
                throw new IllegalArgumentException("days must be >= 0 but was " + days);
            }
        }

        @Override
        public LocalDate deadline(ReportingPeriod period, WorkingCalendar calendar) {
            return calendar.plusWorkingDays(period.dataTo(), days);
        }
    }
}
