package vn.phoihop.plan.importer.grammar;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HeaderRuleTest {
    @Test
    void parentAboveIssuerMottoIgnored() {
        HeaderRule.Finding f = HeaderRule.read(SourceText.of("""
                UBND TỈNH ĐIỆN BIÊN
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ THÔNG TIN VÀ TRUYỀN THÔNG
                Độc lập - Tự do - Hạnh phúc
                Số: /KH-STTTT
                """));
        assertEquals("UBND TỈNH ĐIỆN BIÊN", f.parent());
        assertEquals("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", f.issuer());
    }

    @Test
    void mottoOnTheSameLineIsCutOff() {
        HeaderRule.Finding f = HeaderRule.read(SourceText.of(
                "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 4256/KH-UBND"));
        assertNull(f.parent());
        assertEquals("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", f.issuer());
    }

    @Test
    void noHeaderWhenTheDocumentStartsWithItsNumber() {
        assertNull(HeaderRule.read(SourceText.of("Số: /KH-STTTT\nĐiện Biên, ngày tháng 3 năm 2022")));
    }
}
