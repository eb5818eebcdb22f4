package vn.phoihop.plan.importer.grammar;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SignerRuleTest {
    @Test
    void onBehalfThenForTitleAndName() {
        SignerRule.Finding f = SignerRule.read(SourceText.of("Nơi nhận:\n- Lưu: VT, KGVX.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nVừ A Bằng"));
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), f.authority());
        assertEquals("PHÓ CHỦ TỊCH", f.title());
        assertEquals("Vừ A Bằng", f.name());
    }

    @Test
    void nameMissingInTheScan() {
        SignerRule.Finding f = SignerRule.read(SourceText.of("Nơi nhận:\n- Lưu: VT.\n**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**"));
        assertEquals(List.of("KT. GIÁM ĐỐC"), f.authority());
        assertEquals("PHÓ GIÁM ĐỐC", f.title());
        assertNull(f.name());
    }
}
