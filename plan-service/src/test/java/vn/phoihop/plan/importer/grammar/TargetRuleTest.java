package vn.phoihop.plan.importer.grammar;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetRuleTest {
    static List<TargetRule.Finding> read(String text) {
        SourceText s = SourceText.of(text);
        return TargetRule.read(s, 0, s.paragraphs().size());
    }

    @Test
    void clauseWithItsOwnPercentageIsAnotherTarget() {
        List<TargetRule.Finding> t = read("3. 100% tổ giác, tin báo về tội phạm được xử lý kịp thời; 100% các vụ việc vi phạm được xử lý.");
        assertEquals(2, t.size());
        assertEquals("REPORTS_HANDLED", t.get(0).indicatorCode());
        assertEquals("100% tổ giác, tin báo về tội phạm được xử lý kịp thời", t.get(0).description());
        assertEquals("VIOLATIONS_HANDLED", t.get(1).indicatorCode());
        assertEquals(new BigDecimal("100"), t.get(1).goalValue());
        assertEquals("%", t.get(1).unit());
    }

    @Test
    void clausesWithoutPercentageStayInTheTarget() {
        List<TargetRule.Finding> t = read("5. 100% cán bộ được tập huấn; thực hiện các can thiệp giảm hại.");
        assertEquals(1, t.size());
        assertEquals("OFFICERS_TRAINED", t.get(0).indicatorCode());
        assertTrue(t.get(0).description().endsWith("giảm hại."));
    }

    @Test
    void qualifiedPercentageAndBulletsWithoutPercentage() {
        List<TargetRule.Finding> t = read("- 100% địa bàn trọng điểm được tuyên truyền; trên 100% xã, phường, thị trấn nhận tài liệu.\n- Bám sát các nội dung.");
        assertEquals(List.of("KEY_AREAS_REACHED", "COMMUNES_REACHED"), t.stream().map(TargetRule.Finding::indicatorCode).toList());
        assertTrue(TargetRule.holdsTargets("CÁC CHỈ TIÊU ĐẾN NĂM 2025"));
    }
}
