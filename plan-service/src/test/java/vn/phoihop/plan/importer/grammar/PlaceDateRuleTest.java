package vn.phoihop.plan.importer.grammar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceDateRuleTest {
    @Test
    void placeAndFullDate() {
        PlaceDateRule.Finding f = PlaceDateRule.read(SourceText.of("Điện Biên, ngày 20 tháng 12 năm 2021"));
        assertEquals("Điện Biên", f.place());
        assertEquals(LocalDate.of(2021, 12, 20), f.date());
        assertEquals("Điện Biên", f.placeSpan().text());
    }

    @Test
    void blankDayLeavesTheDateOpen() {
        PlaceDateRule.Finding f = PlaceDateRule.read(SourceText.of("Điện Biên, ngày tháng 3 năm 2022"));
        assertTrue(f.blankDay());
        assertNull(f.date());
        assertEquals(3, f.month());
        assertEquals(2022, f.year());
    }

    @Test
    void impossibleDateIsNotADate() {
        assertNull(PlaceDateRule.read(SourceText.of("Đắk Nông, ngày 31 tháng 2 năm 2020")).date());
    }
}
