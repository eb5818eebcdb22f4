package vn.phoihop.console.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {

    @Test
    void datesAreWrittenDayMonthYear() {
        assertEquals("30/06/2020", Formats.date("2020-06-30"));
        assertEquals("", Formats.date(null));
    }

    @Test
    void anInstantIsTheDayInVietNam() {
        // 17:30 UTC on 29 June is 00:30 on 30 June in Hà Nội
        assertEquals("30/06/2020", Formats.date("2020-06-29T17:30:00Z"));
        assertEquals("00:30 30/06/2020", Formats.time("2020-06-29T17:30:00Z"));
        assertEquals("08:00:05", Formats.clock("2024-02-19T01:00:05.123456Z"));
    }

    @Test
    void numbersUseVietnameseSeparators() {
        assertEquals("1.234,5", Formats.number("1234.5000"));
        assertEquals("12", Formats.number(12));
        assertEquals("2 KB", Formats.size(2048L));
    }

    @Test
    void dateInputsGetIsoDates() {
        assertEquals("2020-06-30", Formats.isoDate("2020-06-30"));
        assertEquals("", Formats.isoDate(null));
    }
}
