package vn.phoihop.platform.document;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentNamesTest {
    @Test
    void namesADocumentByItsKindAndNumber() {
        assertEquals("Kế hoạch số 45/KH-STTTT", DocumentNames.of("45/KH-STTTT"));
        assertEquals("Kế hoạch số 4256/KH-UBND", DocumentNames.of("4256/KH-UBND"));
        assertEquals("Quyết định số 1629/QĐ-TTg", DocumentNames.of("1629/QĐ-TTg"));
        // an official letter's number carries the issuer and drafting unit, no kind: never "Kế hoạch"
        assertEquals("Công văn số 12/STTTT-BCXB", DocumentNames.of("12/STTTT-BCXB"));
        assertEquals("Công văn số 12729/VPCP-KGVX", DocumentNames.of("12729/VPCP-KGVX"));
        assertEquals("Công văn số 15/STTTT-BCXB", DocumentNames.of("Công văn số 15/STTTT-BCXB"));
        assertEquals("Thông báo số 3/TB-UBND", DocumentNames.of("3/TB-UBND"));
    }

    @Test
    void anOfficialLettersNumberNamesItsDraftingUnit() {
        assertEquals("BCXB", DocumentNames.draftingUnit("12/STTTT-BCXB"));
        assertEquals("KGVX", DocumentNames.draftingUnit("12729/VPCP-KGVX"));
        assertEquals(null, DocumentNames.draftingUnit("45/KH-STTTT"));
        assertEquals(null, DocumentNames.draftingUnit("4256/KH-UBND"));
        assertEquals(null, DocumentNames.draftingUnit(null));
    }
}
