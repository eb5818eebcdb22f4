package vn.phoihop.plan.importer.grammar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LegalBasisRuleTest {
    static List<LegalBasisRule.Finding> read(String text) {
        SourceText s = SourceText.of(text);
        return LegalBasisRule.read(s, 0, s.paragraphs().size());
    }

    @Test
    void citationWithoutIssuerEndsWithItsSentence() {
        LegalBasisRule.Finding f = read("Thực hiện Kế hoạch số 451/KH-UBND ngày 22/02/2022 về Kế hoạch Phòng, chống mại dâm năm 2022. "
                + "Sở Thông tin và Truyền thông xây dựng Kế hoạch như sau:").get(0);
        assertEquals("451/KH-UBND", f.number());
        assertEquals(LocalDate.of(2022, 2, 22), f.date());
        assertNull(f.issuer());
        assertEquals("UBND", f.issuerSymbol());
        assertEquals("Kế hoạch Phòng, chống mại dâm năm 2022", f.title());
        assertEquals("Thực hiện Kế hoạch số 451/KH-UBND ngày 22/02/2022 về Kế hoạch Phòng, chống mại dâm năm 2022.", f.text());
    }

    @Test
    void dateInWordsAndIssuerBeforeTheVerb() {
        LegalBasisRule.Finding f = read("Thực hiện Quyết định số 1629/QĐ-TTg ngày 28 tháng 9 năm 2021 của Thủ tướng Chính phủ "
                + "phê duyệt Chương trình phòng, chống mại dâm giai đoạn 2021-2025.").get(0);
        assertEquals(LocalDate.of(2021, 9, 28), f.date());
        assertEquals("Thủ tướng Chính phủ", f.issuer());
        assertEquals("phê duyệt Chương trình phòng, chống mại dâm giai đoạn 2021-2025", f.title());
    }

    @Test
    void severalCitationsInOneSentenceAndSpacedSymbols() {
        List<LegalBasisRule.Finding> all = read("Thực hiện Kế hoạch số 118/KH – BCĐ ngày 09/3/2020 của Ban Chỉ đạo tỉnh về việc A; "
                + "Kế hoạch số 152/KH – BCĐ ngày 30/3/2020 của Ban Chỉ đạo tỉnh về việc B.");
        assertEquals(2, all.size());
        assertEquals("118/KH-BCĐ", all.get(0).number());
        assertEquals("Thực hiện Kế hoạch số 118/KH – BCĐ ngày 09/3/2020 của Ban Chỉ đạo tỉnh về việc A;", all.get(0).text());
        assertEquals("152/KH-BCĐ", all.get(1).number());
        assertEquals(LocalDate.of(2020, 3, 30), all.get(1).date());
        assertEquals("việc B", all.get(1).title());
    }

    @Test
    void groundsWithoutANumberAreNotCitations() {
        assertEquals(0, read("Căn cứ tình hình thực tiễn và nhiệm vụ công tác phòng, chống mại dâm tại địa phương;").size());
    }
}
