package vn.phoihop.platform.document;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OfficialHeadingTest {
    static final OfficialHeading STTTT = OfficialHeading.of("DKN.STTTT", "Sở Thông tin và Truyền thông tỉnh Đắk Nông",
            "STTTT", "Ủy ban nhân dân tỉnh Đắk Nông");

    @Test
    void theIssuingBodyIsHeadedByItsSuperiorOnTwoLines() {
        assertEquals("UBND TỈNH ĐẮK NÔNG", STTTT.superior());
        assertEquals("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", STTTT.issuer());
        assertEquals("Sở Thông tin và Truyền thông", STTTT.issuerName());
        assertEquals("UBND tỉnh Đắk Nông", STTTT.superiorForCopy());
    }

    @Test
    void aLetterIsNumberedWithTheIssuerAndTheDraftingUnitAReportWithItsKind() {
        assertEquals("Số:        /STTTT-BCXB", STTTT.letterNumberLine("BCXB"));
        assertEquals("Số:        /STTTT", STTTT.letterNumberLine(null));
        assertEquals("Số:        /BC-STTTT", STTTT.numberLine("BC"));
    }

    @Test
    void daysBelowTenAndTheMonthsOneAndTwoTakeALeadingZero() {
        assertEquals("Đắk Nông, ngày 04 tháng 5 năm 2024", STTTT.dateLine(LocalDate.of(2024, 5, 4)));
        assertEquals("ngày 25 tháng 02 năm 2026", OfficialHeading.writtenDate(LocalDate.of(2026, 2, 25)));
        assertEquals("ngày 09 tháng 01 năm 2026", OfficialHeading.writtenDate(LocalDate.of(2026, 1, 9)));
        assertEquals("ngày 10 tháng 10 năm 2025", OfficialHeading.writtenDate(LocalDate.of(2025, 10, 10)));
        assertEquals("ngày 31 tháng 12 năm 2025", OfficialHeading.writtenDate(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aDeputySignsForTheHead() {
        assertEquals(java.util.List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), STTTT.signature());
        assertEquals(java.util.List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                OfficialHeading.of("DBN.UBND", "Ủy ban nhân dân tỉnh Điện Biên", "UBND", null).signature());
    }

    @Test
    void theSymbolAndPlaceFallBackWhenTheDirectoryIsSilent() {
        OfficialHeading unknown = OfficialHeading.of("DBN.STTTT", null, null, null);
        assertEquals("STTTT", unknown.issuerSymbol());
        assertEquals("……", unknown.place());
        assertEquals("", unknown.superior());
        assertNull(unknown.superiorForCopy());
        OfficialHeading committee = OfficialHeading.of("DBN.UBND", "Ủy ban nhân dân tỉnh Điện Biên", "UBND", null);
        assertEquals("UBND TỈNH ĐIỆN BIÊN", committee.issuer());
        assertEquals("Điện Biên", committee.place());
    }
}
