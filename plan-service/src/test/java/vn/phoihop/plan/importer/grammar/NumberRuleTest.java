package vn.phoihop.plan.importer.grammar;

import org.junit.jupiter.api.Test;
import vn.phoihop.plan.plan.DocumentKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumberRuleTest {
    @Test
    void planNumberGivesKindAndIssuer() {
        NumberRule.Finding f = NumberRule.read(SourceText.of("Số: 4256/KH-UBND\nĐiện Biên, ngày 20 tháng 12 năm 2021"));
        assertEquals("4256/KH-UBND", f.number());
        assertEquals(DocumentKind.PLAN, f.kind());
        assertEquals("UBND", f.issuerSymbol());
        assertEquals("Số: 4256/KH-UBND", f.span().text());
    }

    @Test
    void blankNumberIsADraft() {
        NumberRule.Finding f = NumberRule.read(SourceText.of("Số: /KH-STTTT"));
        assertNull(f.number());
        assertEquals(DocumentKind.PLAN, f.kind());
        assertEquals("STTTT", f.issuerSymbol());
    }

    @Test
    void letterNumberNamesIssuerThenDraftingUnit() {
        NumberRule.Finding f = NumberRule.read(SourceText.of("Số: /SVHTTDL-QLVH"));
        assertEquals(DocumentKind.OFFICIAL_LETTER, f.kind());
        assertEquals("SVHTTDL", f.issuerSymbol());
        assertEquals("QLVH", f.draftingUnit());
        assertEquals(DocumentKind.DECISION, NumberRule.read(SourceText.of("Số: 12/QĐ-UBND")).kind());
    }
}
