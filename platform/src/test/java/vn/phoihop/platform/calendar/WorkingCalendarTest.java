package vn.phoihop.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarTest {

    private static final WorkingCalendar VN = WorkingCalendar.vietnam();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void tet2026IsOffFrom29TetToMung4() {
        // Tết Bính Ngọ: mùng 1 = 2026-02-17; holidays Mon 16/2 .. Fri 20/2, 9 days off with the weekends
        assertFalse(VN.isWorkingDay(d("2026-02-17")));
        for (LocalDate day = d("2026-02-14"); !day.isAfter(d("2026-02-22")); day = day.plusDays(1)) {
            assertFalse(VN.isWorkingDay(day), day + " should be off");
        }
        assertTrue(VN.isWorkingDay(d("2026-02-13")));
        assertTrue(VN.isWorkingDay(d("2026-02-23")));
        assertEquals("Tết Nguyên đán Bính Ngọ", VN.listed(d("2026-02-17")).orElseThrow().name());
    }

    @Test
    void newYear2026FollowsLetter12729VpcpKgvx() {
        // 01-04/01/2026 off: Friday 02/01 swapped for Saturday 10/01/2026
        for (LocalDate day = d("2026-01-01"); !day.isAfter(d("2026-01-04")); day = day.plusDays(1)) {
            assertFalse(VN.isWorkingDay(day), day + " should be off");
        }
        assertTrue(VN.isWorkingDay(d("2026-01-05")));
        assertTrue(VN.isWorkingDay(d("2026-01-10")));
        assertEquals("12729/VPCP-KGVX", VN.sourceOf(d("2026-01-02")));
        assertEquals("12729/VPCP-KGVX", VN.sourceOf(d("2026-01-10")));
        assertEquals(WorkingCalendar.YearStatus.OFFICIAL, VN.year(2026).status());
        assertEquals("12729/VPCP-KGVX", VN.year(2026).sources().get(0).number());
        assertEquals(d("2025-12-25"), VN.year(2026).sources().get(0).date());
    }

    @Test
    void nationalDay2026FollowsThePrimeMinistersDecisionOf13October2025() {
        // 29/08-02/09/2026 off: Monday 31/08 swapped for Saturday 22/08/2026
        for (LocalDate day = d("2026-08-29"); !day.isAfter(d("2026-09-02")); day = day.plusDays(1)) {
            assertFalse(VN.isWorkingDay(day), day + " should be off");
        }
        assertTrue(VN.isWorkingDay(d("2026-08-22")));
        assertTrue(VN.isWorkingDay(d("2026-08-28")));
        assertTrue(VN.isWorkingDay(d("2026-09-03")));
        assertEquals(d("2025-10-13"), VN.year(2026).sources().get(1).date());
        assertTrue(VN.sourceOf(d("2026-08-31")).contains("13/10/2025"));
    }

    @Test
    void tet2030StartsOnSaturday2FebruaryAtUtcPlus7() {
        // mùng 1 Canh Tuất = Saturday 02/02/2030: 01/02 (last day of Kỷ Dậu) to 05/02, nghỉ bù 06-07/02
        for (LocalDate day = d("2030-02-01"); !day.isAfter(d("2030-02-07")); day = day.plusDays(1)) {
            assertFalse(VN.isWorkingDay(day), day + " should be off");
        }
        assertTrue(VN.isWorkingDay(d("2030-01-31")));
        assertTrue(VN.isWorkingDay(d("2030-02-08")));
        assertEquals(WorkingCalendar.YearStatus.DERIVED, VN.year(2030).status());
        assertTrue(VN.isDerived(d("2030-02-08")));
        assertFalse(VN.isDerived(d("2026-02-08")));
        assertEquals(WorkingCalendar.DERIVED_SOURCE, VN.sourceOf(d("2030-02-02")));
    }

    @Test
    void aReplacedYearIsSeenWholeAndOtherYearsStay() {
        WorkingCalendar calendar = WorkingCalendar.vietnam();
        calendar.replaceYear(new WorkingCalendar.Year(2029, WorkingCalendar.YearStatus.OFFICIAL,
                        java.util.List.of(new WorkingCalendar.Source("1/QĐ-TTg", d("2028-10-01"), "Thủ tướng Chính phủ", "Thử"))),
                java.util.List.of(new WorkingCalendar.Day(d("2029-01-01"), WorkingCalendar.Kind.HOLIDAY, "Tết Dương lịch", null),
                        new WorkingCalendar.Day(d("2029-01-02"), WorkingCalendar.Kind.HOLIDAY, "Nghỉ thêm", null)));
        assertFalse(calendar.isWorkingDay(d("2029-01-02")));
        assertTrue(calendar.isWorkingDay(d("2029-02-12"))); // Tết 2029 no longer listed in the replaced year
        assertFalse(calendar.isWorkingDay(d("2030-02-04")));
        assertEquals("1/QĐ-TTg", calendar.sourceOf(d("2029-01-02")));
        assertEquals(2, calendar.days(2029).size());
        assertThrows(IllegalArgumentException.class, () -> calendar.replaceYear(WorkingCalendar.Year.derived(2029),
                java.util.List.of(new WorkingCalendar.Day(d("2030-01-01"), WorkingCalendar.Kind.HOLIDAY, "x", null))));
    }

    @Test
    void nationalDay2025IsOffWithTheDayBefore() {
        assertFalse(VN.isWorkingDay(d("2025-09-02")));
        assertFalse(VN.isWorkingDay(d("2025-09-01")));
        assertTrue(VN.isWorkingDay(d("2025-08-29")));
        assertTrue(VN.isWorkingDay(d("2025-09-03")));
    }

    @Test
    void workingDayArithmeticSkipsTet() {
        assertEquals(d("2026-02-23"), VN.plusWorkingDays(d("2026-02-13"), 1));
        assertEquals(d("2026-02-24"), VN.plusWorkingDays(d("2026-02-12"), 3));
        assertEquals(d("2026-02-13"), VN.minusWorkingDays(d("2026-02-23"), 1));
        assertEquals(d("2026-02-18"), VN.plusWorkingDays(d("2026-02-18"), 0));
        assertEquals(d("2026-02-13"), VN.previousWorkingDayOnOrBefore(d("2026-02-18")));
        assertEquals(d("2026-02-23"), VN.nextWorkingDayOnOrAfter(d("2026-02-18")));
        assertEquals(d("2026-02-12"), VN.previousWorkingDayOnOrBefore(d("2026-02-12")));
        assertThrows(IllegalArgumentException.class, () -> VN.plusWorkingDays(d("2026-02-12"), -1));
    }

    @Test
    void holidaysOnAWeekendGiveCompensatoryDaysOff() {
        // 2022: 30/4 Saturday and 1/5 Sunday -> nghỉ bù Monday 2/5 and Tuesday 3/5
        assertEquals(DayOfWeek.SATURDAY, d("2022-04-30").getDayOfWeek());
        assertFalse(VN.isWorkingDay(d("2022-05-02")));
        assertFalse(VN.isWorkingDay(d("2022-05-03")));
        assertTrue(VN.isWorkingDay(d("2022-05-04")));
        // 2023: 2/9 Saturday -> nghỉ bù Monday 4/9
        assertFalse(VN.isWorkingDay(d("2023-09-04")));
        // 2026 (derived by rule): Giỗ Tổ on Sunday 26/4 -> Monday 27/4
        assertFalse(VN.isWorkingDay(d("2026-04-27")));
        assertTrue(VN.isWorkingDay(d("2026-04-28")));
    }

    @Test
    void makeUpSaturdayIsAWorkingDay() {
        // 2025: nghỉ Friday 2/5, làm bù Saturday 26/4
        assertTrue(VN.isWorkingDay(d("2025-04-26")));
        assertFalse(VN.isWorkingDay(d("2025-05-02")));
        assertEquals(d("2025-04-28"), VN.plusWorkingDays(d("2025-04-25"), 2));
        assertFalse(VN.isWorkingDay(d("2025-04-27")));
    }

    @Test
    void everyYearHasTheStatutoryNumberOfDaysOff() {
        // Labour Code 2019 art. 112: 11 days a year; 2020 was still under the 2012 Code: 10 days.
        // Counted as weekdays off minus weekend make-up days, so swaps and nghỉ bù cancel out.
        for (int year = 2020; year <= 2030; year++) {
            int off = 0;
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                boolean weekend = day.getDayOfWeek().getValue() >= 6;
                if (!weekend && !VN.isWorkingDay(day)) {
                    off++;
                }
                if (weekend && VN.isWorkingDay(day)) {
                    off--;
                }
            }
            assertEquals(year == 2020 ? 10 : 11, off, "weekdays off in " + year);
            for (String fixed : new String[] {"-01-01", "-04-30", "-05-01", "-09-02"}) {
                assertFalse(VN.isWorkingDay(d(year + fixed)), year + fixed);
            }
        }
    }

    @Test
    void readsAnotherFileFromAPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lich.csv");
        Files.writeString(file, """
                # lịch thử
                date,kind,name
                2027-01-04,HOLIDAY,Nghỉ thêm, theo quyết định của tỉnh
                2027-01-09,WORKING_SATURDAY,Làm bù
                """, StandardCharsets.UTF_8);
        WorkingCalendar calendar = WorkingCalendar.of(file);
        assertFalse(calendar.isWorkingDay(d("2027-01-04")));
        assertTrue(calendar.isWorkingDay(d("2027-01-09")));
        assertTrue(calendar.isWorkingDay(d("2027-01-01"))); // not listed in this file
        assertEquals("Nghỉ thêm, theo quyết định của tỉnh", calendar.listed(d("2027-01-04")).orElseThrow().name());
    }

    @Test
    void rejectsBadLines() {
        assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.of(new StringReader("2027-01-04,NGHI,x\n")));
        assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.of(new StringReader("2027-13-04,HOLIDAY,x\n")));
        // 2027-01-04 is a Monday, it cannot be a make-up weekend day
        assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.of(new StringReader("2027-01-04,WORKING_SATURDAY,x\n")));
    }
}
