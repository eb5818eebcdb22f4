package vn.phoihop.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportingFrequencyTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void quartersOf2020() {
        List<ReportingPeriod> periods = ReportingFrequency.QUARTERLY.periods(d("2020-01-01"), d("2020-12-31"));
        assertEquals(List.of(
                new ReportingPeriod("Quý I/2020", d("2019-12-15"), d("2020-03-14")),
                new ReportingPeriod("Quý II/2020", d("2020-03-15"), d("2020-06-14")),
                new ReportingPeriod("Quý III/2020", d("2020-06-15"), d("2020-09-14")),
                new ReportingPeriod("Quý IV/2020", d("2020-09-15"), d("2020-12-14"))), periods);
    }

    @Test
    void monthlyWindowOfJanuary() {
        List<ReportingPeriod> periods = ReportingFrequency.MONTHLY.periods(d("2021-01-01"), d("2021-01-31"));
        assertEquals(List.of(new ReportingPeriod("Tháng 1/2021", d("2020-12-15"), d("2021-01-14"))), periods);
        assertEquals(new ReportingPeriod("Tháng 3/2021", d("2021-02-15"), d("2021-03-14")),
                ReportingFrequency.MONTHLY.periods(d("2021-03-10"), d("2021-03-10")).get(0));
    }

    @Test
    void halfYearsAndYear() {
        assertEquals(List.of(
                new ReportingPeriod("6 tháng đầu năm 2022", d("2021-12-15"), d("2022-06-14")),
                new ReportingPeriod("6 tháng cuối năm 2022", d("2022-06-15"), d("2022-12-14"))),
                ReportingFrequency.HALF_YEARLY.periods(d("2022-01-01"), d("2022-12-31")));
        assertEquals(List.of(new ReportingPeriod("Năm 2023", d("2022-12-15"), d("2023-12-14"))),
                ReportingFrequency.YEARLY.periods(d("2023-01-01"), d("2023-12-31")));
    }

    @Test
    void aFiveYearPlanHas20QuartersAnd60Months() {
        LocalDate from = d("2021-01-01");
        LocalDate to = d("2025-12-31");
        List<ReportingPeriod> quarters = ReportingFrequency.QUARTERLY.periods(from, to);
        assertEquals(20, quarters.size());
        assertEquals("Quý I/2021", quarters.get(0).label());
        assertEquals(d("2020-12-15"), quarters.get(0).dataFrom());
        assertEquals("Quý IV/2025", quarters.get(19).label());
        assertEquals(d("2025-12-14"), quarters.get(19).dataTo());
        for (int i = 1; i < quarters.size(); i++) {
            assertEquals(quarters.get(i - 1).dataTo().plusDays(1), quarters.get(i).dataFrom(), "windows are contiguous");
        }
        List<ReportingPeriod> months = ReportingFrequency.MONTHLY.periods(from, to);
        assertEquals(60, months.size());
        assertEquals("Tháng 12/2025", months.get(59).label());
        assertEquals(10, ReportingFrequency.HALF_YEARLY.periods(from, to).size());
        assertEquals(5, ReportingFrequency.YEARLY.periods(from, to).size());
    }

    @Test
    void aPlanStartingMidQuarterStillGetsThatQuarter() {
        List<ReportingPeriod> periods = ReportingFrequency.QUARTERLY.periods(d("2024-05-20"), d("2024-08-01"));
        assertEquals(List.of("Quý II/2024", "Quý III/2024"), periods.stream().map(ReportingPeriod::label).toList());
    }

    @Test
    void nineMonthsRunsFrom15DecemberTo14September() {
        java.util.List<ReportingPeriod> periods = ReportingFrequency.NINE_MONTHS.periods(d("2021-01-01"), d("2025-12-31"));
        assertEquals(5, periods.size());
        assertEquals(new ReportingPeriod("9 tháng đầu năm 2021", d("2020-12-15"), d("2021-09-14")), periods.get(0));
        assertEquals(new ReportingPeriod("9 tháng đầu năm 2025", d("2024-12-15"), d("2025-09-14")), periods.get(4));
        // a plan issued in October reaches no nine-month period of that year
        assertEquals(java.util.List.of(), ReportingFrequency.NINE_MONTHS.periods(d("2022-10-05"), d("2022-12-31")));
    }
}
