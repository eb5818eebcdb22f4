package vn.phoihop.plan.importer.names;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AgencyMatcherTest {
    static final List<AgencyEntry> DIRECTORY = List.of(
            new AgencyEntry("DBN.UBND", "Ủy ban nhân dân tỉnh Điện Biên", "UBND tỉnh Điện Biên", "UBND", "PEOPLES_COMMITTEE", null, "DBN"),
            new AgencyEntry("DBN.STTTT", "Sở Thông tin và Truyền thông tỉnh Điện Biên", "Sở TT&TT", "STTTT", "DEPARTMENT", "DBN.UBND", "DBN"),
            new AgencyEntry("DBN.SLDTBXH", "Sở Lao động - Thương binh và Xã hội tỉnh Điện Biên", "Sở LĐ-TB&XH", "SLĐTBXH", "DEPARTMENT", "DBN.UBND", "DBN"),
            new AgencyEntry("DBN.DAIPTTH", "Đài Phát thanh và Truyền hình tỉnh Điện Biên", "Đài PT-TH tỉnh", "ĐPTTH", "PRESS", "DBN.UBND", "DBN"),
            new AgencyEntry("DBN.BAODBP", "Báo Điện Biên Phủ", "Báo ĐBP", "BĐBP", "PRESS", "DBN.UBND", "DBN"),
            new AgencyEntry("DBN.CAT", "Công an tỉnh Điện Biên", "Công an tỉnh", "CAT", "POLICE", "DBN.UBND", "DBN"),
            new AgencyEntry("DBN.BCD138", "Ban Chỉ đạo phòng, chống tội phạm tỉnh Điện Biên", "Ban Chỉ đạo 138 tỉnh", "BCĐ", "STEERING_COMMITTEE", "DBN.UBND", "DBN"),
            new AgencyEntry("DBN.MUONGLAY", "Ủy ban nhân dân thị xã Mường Lay", "UBND thị xã Mường Lay", "UBND", "PEOPLES_COMMITTEE", "DBN.UBND", "DBN"),
            new AgencyEntry("DBN.TUANGIAO", "Ủy ban nhân dân huyện Tuần Giáo", "UBND huyện Tuần Giáo", "UBND", "PEOPLES_COMMITTEE", "DBN.UBND", "DBN"),
            new AgencyEntry("DBN.TUANGIAO.TTVHTTTH", "Trung tâm Văn hóa, Truyền thanh - Truyền hình huyện Tuần Giáo", null, "TTVHTTTH", "DISTRICT_UNIT", "DBN.TUANGIAO", "DBN"),
            new AgencyEntry("DBN.TUANGIAO.TTTUANGIAO", "Ủy ban nhân dân thị trấn Tuần Giáo", null, "UBND", "PEOPLES_COMMITTEE", "DBN.TUANGIAO", "DBN"),
            new AgencyEntry("DBN.STTTT.BCXB", "Phòng Báo chí – Xuất bản, Sở Thông tin và Truyền thông tỉnh Điện Biên", "Phòng BC-XB", "BCXB", "OTHER", "DBN.STTTT", "DBN"),
            new AgencyEntry("DBN.STTTT.TTCNTT", "Trung tâm Công nghệ thông tin và Truyền thông tỉnh Điện Biên", "Trung tâm CNTT&TT", "TTCNTT", "OTHER", "DBN.STTTT", "DBN"),
            new AgencyEntry("DKN.CAT", "Công an tỉnh Đắk Nông", "Công an tỉnh", "CAT", "POLICE", "DKN.UBND", "DKN"),
            new AgencyEntry("BLDTBXH", "Bộ Lao động - Thương binh và Xã hội", "Bộ LĐ-TB&XH", "BLĐTBXH", "MINISTRY", null, null));

    final AgencyMatcher matcher = new AgencyMatcher(DIRECTORY, "DBN.STTTT");

    String one(String phrase) {
        AgencyMatcher.Resolution r = matcher.single(phrase);
        return r.resolved() ? r.codes().get(0) : null;
    }

    @Test
    void caseDiacriticsPunctuationAndTheProvinceLeftImplicit() {
        assertEquals("DBN.CAT", one("CÔNG AN TỈNH"));
        assertEquals("DBN.SLDTBXH", one("Sở Lao động - Thương binh và xã hội"));
        assertEquals("DBN.DAIPTTH", one("Đài Phát thanh và Truyền hình tỉnh"));
    }

    @Test
    void usualAbbreviations() {
        assertEquals("DBN.STTTT", one("Sở TT&TT"));
        assertEquals("DBN.UBND", one("UBND tỉnh"));
        assertEquals("DBN.DAIPTTH", one("Đài PT-TH tỉnh"));
        assertEquals("DBN.DAIPTTH", one("Đài PTTH tỉnh"));
        assertEquals("DBN.BAODBP", one("Báo ĐBP"));
        assertEquals("DBN.SLDTBXH", one("Sở LĐ, TB&XH"));
        assertEquals("BLDTBXH", one("Bộ Lao động -TBXH"));
        assertEquals("DBN.BCD138", one("BCĐ 138 tỉnh"));
        assertEquals("DBN.UBND", one("L/d UBND tỉnh"));
    }

    @Test
    void unknownNamesAreNotGuessed() {
        assertFalse(matcher.single("Cơ quan có trang TTĐT tổng hợp").resolved());
        assertFalse(matcher.single("các cơ quan liên quan").resolved());
    }

    @Test
    void pluralNamesStandForTheProvincesAgencies() {
        assertEquals(List.of("DBN.MUONGLAY", "DBN.TUANGIAO"), matcher.group("UBND các huyện, thị xã, thành phố", List.of()).codes());
        assertEquals(List.of("DBN.TUANGIAO.TTVHTTTH"), matcher.group("Trung tâm VH,TT-TH các huyện,TX,TP", List.of()).codes());
        assertEquals(List.of("DBN.DAIPTTH", "DBN.BAODBP"), matcher.group("các cơ quan báo chí trên địa bàn tỉnh", List.of()).codes());
        assertEquals(List.of("DBN.STTTT.BCXB", "DBN.STTTT.TTCNTT"), matcher.group("Các phòng CM, TT CNTT-TT Sở", List.of()).codes());
        assertEquals(List.of("DBN.TUANGIAO.TTTUANGIAO"), matcher.group("UBND các xã, phường, thị trấn", List.of()).codes());
    }

    @Test
    void scanFindsTheLongestNameAtTheStart() {
        String text = "Công an tỉnh, Sở Y tế, các cơ quan liên quan";
        AgencyMatcher.Found f = matcher.scan(text, 0);
        assertEquals("DBN.CAT", f.agency().code());
        assertEquals("Công an tỉnh", text.substring(f.start(), f.end()));
    }
}
