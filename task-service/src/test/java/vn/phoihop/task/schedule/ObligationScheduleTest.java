package vn.phoihop.task.schedule;

import org.junit.jupiter.api.Test;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.platform.calendar.WorkingCalendar;
import vn.phoihop.task.DienBienPlan;
import vn.phoihop.task.schedule.ObligationSchedule.PlanFrame;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Periods and deadlines of the Điện Biên 2021–2025 plan, computed without the service. The expected dates
 * were reckoned by hand against calendar/vn-holidays.csv (weekends, Tết Nhâm Dần 31/01–04/02/2022,
 * Quốc khánh 02–03/09/2021).
 */
class ObligationScheduleTest {
    final ObligationSchedule schedule = new ObligationSchedule();
    final PlanIssued plan;
    final PlanFrame frame;

    ObligationScheduleTest() {
        schedule.calendar = WorkingCalendar.vietnam();
        schedule.defaultCooperatingLeadWorkingDays = 3;
        plan = new DienBienPlan().issued();
        frame = new PlanFrame(plan.issuerCode(), plan.issuedOn(), plan.periodFrom(), plan.periodTo());
    }

    private Map<String, Slot> slots(int task) {
        return schedule.slots(frame, plan.tasks().get(task), UnaryOperator.identity()).stream()
                .collect(Collectors.toMap(s -> s.periodKey() + " " + s.agencyCode().replaceAll("\\.R\\d+$", ""), s -> s));
    }

    @Test
    void quarterlyReportingOverFiveYearsGivesTwentyPeriodsPerAgency() {
        List<Slot> all = schedule.slots(frame, plan.tasks().get(0), UnaryOperator.identity());
        assertEquals(60, all.size());
        Map<String, Long> perAgency = all.stream().collect(Collectors.groupingBy(Slot::agencyCode, Collectors.counting()));
        assertEquals(List.of(20L, 20L, 20L), List.copyOf(perAgency.values()));

        Map<String, Slot> s = slots(0);
        Slot first = s.get("2021-Q1 DBN.SLDTBXH");
        assertEquals("Quý I/2021", first.periodLabel());
        assertEquals(LocalDate.of(2020, 12, 15), first.dataFrom());
        assertEquals(LocalDate.of(2021, 3, 14), first.dataTo());
        assertEquals(LocalDate.of(2021, 3, 20), first.deadline());      // a Saturday, kept as written
        assertEquals(AssignmentRole.LEAD, first.role());
        assertEquals(plan.issuerCode(), first.reportToCode());           // the lead reports to UBND tỉnh
        // cooperating agencies report to the lead 3 working days earlier: Fri 19, Thu 18, Wed 17
        Slot police = s.get("2021-Q1 DBN.CAT");
        assertEquals(LocalDate.of(2021, 3, 17), police.deadline());
        assertEquals(AssignmentRole.COOPERATING, police.role());
        assertEquals(first.agencyCode(), police.reportToCode());
        assertEquals(first.agencyCode(), police.leadAgencyCode());
        // 20/03/2022 is a Sunday: Fri 18, Thu 17, Wed 16
        assertEquals(LocalDate.of(2022, 3, 20), s.get("2022-Q1 DBN.SLDTBXH").deadline());
        assertEquals(LocalDate.of(2022, 3, 16), s.get("2022-Q1 DBN.SYT").deadline());
        assertEquals(LocalDate.of(2023, 9, 15), s.get("2023-Q3 DBN.CAT").deadline());
        Slot last = s.get("2025-Q4 DBN.SLDTBXH");
        assertEquals("Quý IV/2025", last.periodLabel());
        assertEquals(LocalDate.of(2025, 9, 15), last.dataFrom());
        assertEquals(LocalDate.of(2025, 12, 14), last.dataTo());
        assertEquals(LocalDate.of(2025, 12, 20), last.deadline());
        assertEquals(LocalDate.of(2025, 12, 17), s.get("2025-Q4 DBN.CAT").deadline());
    }

    @Test
    void monthlyDeadlinesReckonWithTetAndNationalDay() {
        Map<String, Slot> s = slots(1);
        assertEquals(120, s.size());
        Slot january = s.get("2022-M01 DBN.CAT");
        assertEquals("Tháng 1/2022", january.periodLabel());
        assertEquals(LocalDate.of(2021, 12, 15), january.dataFrom());
        assertEquals(LocalDate.of(2022, 1, 14), january.dataTo());
        // day 5 on or after the cut-off 14/01 is 05/02/2022
        assertEquals(LocalDate.of(2022, 2, 5), january.deadline());
        // 3 working days before it, across Tết Nhâm Dần (31/01–04/02) and the weekend 29–30/01: 28, 27, 26/01
        assertEquals(LocalDate.of(2022, 1, 26), s.get("2022-M01 DBN.BCHBDBP").deadline());
        // 05/09/2021 is a Sunday after Quốc khánh 02–03/09: Wed 01/09, Tue 31/08, Mon 30/08
        assertEquals(LocalDate.of(2021, 9, 5), s.get("2021-M08 DBN.CAT").deadline());
        assertEquals(LocalDate.of(2021, 8, 30), s.get("2021-M08 DBN.BCHBDBP").deadline());
        assertEquals(plan.tasks().get(1).obligations().get(0).reportToCode(), january.reportToCode());
        assertEquals(List.of("VI_PHAM_XU_LY"), january.indicatorCodes());
    }

    @Test
    void dayOfMonthIsTheFirstSuchDayOnOrAfterTheCutOff() {
        LocalDate cutOff = LocalDate.of(2024, 6, 14);
        assertEquals(LocalDate.of(2024, 6, 20), PeriodicDeadlines.dayOfMonthOnOrAfter(cutOff, 20));
        assertEquals(LocalDate.of(2024, 6, 14), PeriodicDeadlines.dayOfMonthOnOrAfter(cutOff, 14));
        assertEquals(LocalDate.of(2024, 7, 5), PeriodicDeadlines.dayOfMonthOnOrAfter(cutOff, 5));
        assertEquals(LocalDate.of(2024, 6, 30), PeriodicDeadlines.dayOfMonthOnOrAfter(cutOff, 31));
    }

    @Test
    void aTaskWithoutObligationGivesEveryAgencyTheTaskDeadline() {
        PlanIssued.Task task = new PlanIssued.Task(UUID.randomUUID(), "Đài Phát thanh và Truyền hình tỉnh", null,
                "DBN.DPTTH", List.of("DBN.BAODIENBIEN"), LocalDate.of(2022, 6, 30));
        List<Slot> slots = schedule.slots(frame, task, UnaryOperator.identity());
        assertEquals(2, slots.size());
        slots.forEach(s -> {
            assertEquals("ONCE", s.periodKey());
            assertEquals(LocalDate.of(2022, 6, 30), s.deadline());
            assertNull(s.obligationId());
        });
        assertEquals("DBN.DPTTH", slots.get(1).reportToCode());
    }

    @Test
    void anEndedAgencyIsReplacedByItsSuccessor() {
        List<Slot> slots = schedule.slots(frame, plan.tasks().get(1),
                code -> code.startsWith("DBN.BCHBDBP") ? "DBN.BDBP.MOI" : code);
        assertEquals(60, slots.stream().filter(s -> s.agencyCode().equals("DBN.BDBP.MOI")).count());
    }
}
