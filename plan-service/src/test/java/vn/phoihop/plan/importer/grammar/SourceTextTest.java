package vn.phoihop.plan.importer.grammar;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceTextTest {
    @Test
    void pageBreakInASentenceIsJoinedAndOffsetsPointIntoTheText() {
        SourceText s = SourceText.of("1. Nâng cao hiệu quả về phòng,\n\n\nchống mại dâm.\n\n- Tiếp theo.\n**KT. GIÁM ĐỐC**\r\n");
        assertEquals(3, s.paragraphs().size());
        assertEquals("1. Nâng cao hiệu quả về phòng, chống mại dâm.", s.paragraphs().get(0).text());
        SourceText.Paragraph p = s.paragraphs().get(2);
        assertEquals("KT. GIÁM ĐỐC", s.text().substring(p.start(), p.end()));
    }
}
