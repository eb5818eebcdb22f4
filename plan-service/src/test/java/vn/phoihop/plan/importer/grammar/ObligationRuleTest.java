package vn.phoihop.plan.importer.grammar;

import org.junit.jupiter.api.Test;
import vn.phoihop.events.Frequency;
import vn.phoihop.events.ObligationKind;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObligationRuleTest {
    static List<ObligationRule.Finding> read(String sentence) {
        SourceText s = SourceText.of(sentence);
        return ObligationRule.read(s, s.paragraphs().get(0).span());
    }

    @Test
    void periodicWithSeveralFrequenciesAndConsolidation() {
        String s = "- Định kỳ hàng quý, 6 tháng, 01 năm báo cáo tình hình gửi Sở Thông tin và Truyền thông để tổng hợp báo cáo Ban Chỉ đạo 138 tỉnh.";
        List<ObligationRule.Finding> f = read(s);
        assertEquals(List.of(Frequency.QUARTERLY, Frequency.HALF_YEARLY, Frequency.YEARLY),
                f.stream().map(ObligationRule.Finding::frequency).toList());
        assertTrue(f.get(0).sendToConsolidates());
        assertEquals("Sở Thông", s.substring(f.get(0).sendTo(), f.get(0).sendTo() + 8));
        assertEquals("Ban Chỉ", s.substring(f.get(0).upwardTo(), f.get(0).upwardTo() + 7));
    }

    @Test
    void onceWithDeadlineAndDataWindow() {
        ObligationRule.Finding f = read("Báo cáo kết quả trước ngày 15/11/2024, số liệu từ ngày 15/12/2023 đến ngày 14/11/2024.").get(0);
        assertEquals(ObligationKind.ONCE, f.kind());
        assertEquals(LocalDate.of(2024, 11, 15), f.deadline());
        assertEquals(LocalDate.of(2023, 12, 15), f.dataFrom());
        assertEquals(LocalDate.of(2024, 11, 14), f.dataTo());
    }

    @Test
    void onRequestAndOwnConsolidation() {
        assertEquals(ObligationKind.ON_REQUEST, read("Báo cáo kết quả khi có yêu cầu.").get(0).kind());
        ObligationRule.Finding own = read("- Hướng dẫn việc thực hiện. Tổng hợp kết quả của các Sở, ngành, báo cáo UBND tỉnh, "
                + "Bộ Lao động - Thương binh và Xã hội theo quy định.").get(0);
        assertEquals(ObligationKind.PERIODIC, own.kind());
        assertNull(own.frequency());
        assertTrue(own.consolidatesItself());
    }

    @Test
    void statisticsWithoutATriggerAreNoObligation() {
        assertEquals(0, read("+ Thống kê, báo cáo số người vi phạm bị xử phạt hành chính.").size());
        assertEquals(0, read("- Tổ chức khám sức khỏe định kỳ cho người lao động.").size());
    }
}
