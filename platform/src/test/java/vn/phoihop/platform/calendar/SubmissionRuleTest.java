package vn.phoihop.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SubmissionRuleTest {

    private static final WorkingCalendar VN = WorkingCalendar.vietnam();

    private static ReportingPeriod quarter(int year, int index) {
        return ReportingFrequency.QUARTERLY.periods(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).get(index - 1);
    }

    @Test
    void fiveWorkingDaysAfterTheQ1_2026CutOff() {
        ReportingPeriod q1 = quarter(2026, 1);
        assertEquals("Quý I/2026", q1.label());
        assertEquals(LocalDate.of(2026, 3, 14), q1.dataTo());
        assertEquals(DayOfWeek.SATURDAY, q1.dataTo().getDayOfWeek());
        // Mon 16, Tue 17, Wed 18, Thu 19, Fri 20 March 2026
        assertEquals(LocalDate.of(2026, 3, 20), new SubmissionRule.WorkingDaysAfterCutOff(5).deadline(q1, VN));
    }

    @Test
    void workingDaysAfterACutOffBeforeTheLabourDayHolidays() {
        // Tháng 4/2022 cut-off Thursday 14/4; after it: Fri 15/4 ... and 30/4-3/5 off
        ReportingPeriod april = ReportingFrequency.MONTHLY.periods(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 30)).get(0);
        // working days: 15,18,19,20,21,22,25,26,27,28,29 (11), then 4/5 is the 12th
        assertEquals(LocalDate.of(2022, 5, 4), new SubmissionRule.WorkingDaysAfterCutOff(12).deadline(april, VN));
    }

    @Test
    void calendarDayDeadlineIsKeptEvenOnANonWorkingDay() {
        ReportingPeriod q1 = quarter(2026, 1);
        LocalDate deadline = new SubmissionRule.DaysAfterCutOff(1).deadline(q1, VN);
        assertEquals(LocalDate.of(2026, 3, 15), deadline); // a Sunday: kept, the caller warns
        assertFalse(VN.isWorkingDay(deadline));
        assertEquals(LocalDate.of(2026, 3, 14), new SubmissionRule.DaysAfterCutOff(0).deadline(q1, VN));
    }

    @Test
    void negativeDaysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SubmissionRule.DaysAfterCutOff(-1));
        assertThrows(IllegalArgumentException.class, () -> new SubmissionRule.WorkingDaysAfterCutOff(-1));
    }
}
