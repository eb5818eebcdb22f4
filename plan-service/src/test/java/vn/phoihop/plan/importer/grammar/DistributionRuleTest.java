package vn.phoihop.plan.importer.grammar;

import org.junit.jupiter.api.Test;
import vn.phoihop.plan.plan.Purpose;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistributionRuleTest {
    @Test
    void marksArchiveAndPersons() {
        List<DistributionRule.Finding> f = DistributionRule.read(SourceText.of("""
                Nơi nhận:
                - Như trên;
                - UBND tỉnh (b/c);
                - Công an tỉnh (p/h);
                - Báo ĐBP; Đài PTTH tỉnh (t/h);
                - Cổng TTĐT tỉnh (đăng tải);
                - Đ/c Giám đốc sở (b/c);
                - Lưu: VT, BCXB.
                KT. GIÁM ĐỐC
                """));
        assertEquals(7, f.size());
        assertEquals(Purpose.AS_ABOVE, f.get(0).purpose());
        assertEquals("UBND tỉnh", f.get(1).name());
        assertEquals(Purpose.INFORMATION, f.get(1).purpose());
        assertEquals(Purpose.COOPERATE, f.get(2).purpose());
        assertEquals("Báo ĐBP; Đài PTTH tỉnh", f.get(3).name());
        assertEquals(Purpose.EXECUTE, f.get(3).purpose());
        assertEquals(Purpose.PUBLISH, f.get(4).purpose());
        assertTrue(f.get(5).person());
        assertEquals(Purpose.ARCHIVE, f.get(6).purpose());
        assertEquals(List.of("BCXB"), f.get(6).archiveUnits());
        assertEquals("VT, BCXB", f.get(6).nameSpan().text());
    }
}
