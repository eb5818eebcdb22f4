package vn.phoihop.plan.importer.grammar;

import org.junit.jupiter.api.Test;
import vn.phoihop.plan.plan.DocumentKind;
import vn.phoihop.plan.plan.Topic;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubjectRuleTest {
    @Test
    void subjectOnTheKindLine() {
        SubjectRule.Finding f = SubjectRule.read(SourceText.of("KẾ HOẠCH Thông tin tuyên truyền về Phòng, chống mại dâm năm 2022"));
        assertEquals(DocumentKind.PLAN, f.kind());
        assertEquals("Thông tin tuyên truyền về Phòng, chống mại dâm năm 2022", f.subject());
    }

    @Test
    void subjectOnTheNextLinesJoined() {
        SubjectRule.Finding f = SubjectRule.read(SourceText.of("KẾ HOẠCH\nThông tin, tuyên truyền phòng, chống mua bán người trên\nđịa bàn tỉnh Đắk Nông năm 2020"));
        assertEquals("Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020", f.subject());
    }

    @Test
    void letterSubjectAfterVv() {
        SubjectRule.Finding f = SubjectRule.read(SourceText.of("Số: /SVHTTDL-QLVH\nV/v tăng cường quản lý hoạt động karaoke"));
        assertEquals(DocumentKind.OFFICIAL_LETTER, f.kind());
        assertEquals("tăng cường quản lý hoạt động karaoke", f.subject());
    }

    @Test
    void periodAndTopics() {
        assertEquals("2021-2025", SubjectRule.period("Thực hiện Chương trình phòng, chống mại dâm giai đoạn 2021-2025"));
        assertEquals("2022", SubjectRule.period("Phòng, chống mại dâm năm 2022"));
        assertEquals(List.of(Topic.PROSTITUTION, Topic.HIV_AIDS), SubjectRule.topics("mại dâm", "giảm tác hại về HIV/AIDS"));
    }
}
