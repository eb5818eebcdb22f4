package vn.phoihop.platform.document;

import java.util.Map;

/**
 * Names a document by its kind and number as clerks write it (Decree 30/2020/NĐ-CP, Appendix III):
 * "Kế hoạch số 45/KH-STTTT", "Quyết định số 12/QĐ-UBND", and for an official letter, whose number carries no kind
 * ("12/STTTT-BCXB"), "Công văn số 12/STTTT-BCXB", never "Kế hoạch". A reference that already starts with its
 * kind is kept as it is.
 */
public final class DocumentNames {
    /** Abbreviations of the kinds of administrative documents and their names. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("NQ", "Nghị quyết"), Map.entry("QĐ", "Quyết định"), Map.entry("CT", "Chỉ thị"),
            Map.entry("QC", "Quy chế"), Map.entry("QYĐ", "Quy định"), Map.entry("TC", "Thông cáo"),
            Map.entry("TB", "Thông báo"), Map.entry("HD", "Hướng dẫn"), Map.entry("CTR", "Chương trình"),
            Map.entry("KH", "Kế hoạch"), Map.entry("PA", "Phương án"), Map.entry("ĐA", "Đề án"),
            Map.entry("DA", "Dự án"), Map.entry("BC", "Báo cáo"), Map.entry("BB", "Biên bản"),
            Map.entry("TTR", "Tờ trình"), Map.entry("HĐ", "Hợp đồng"), Map.entry("CĐ", "Công điện"),
            Map.entry("GM", "Giấy mời"), Map.entry("GGT", "Giấy giới thiệu"));
    private static final String LETTER = "Công văn";

    /** "Kế hoạch", "Quyết định", "Công văn" … for a number such as "45/KH-STTTT". */
    public static String kind(String number) {
        if (number == null) {
            return LETTER;
        }
        int slash = number.indexOf('/');
        String symbol = slash < 0 ? number : number.substring(slash + 1);
        int dash = symbol.indexOf('-');
        String first = (dash < 0 ? symbol : symbol.substring(0, dash)).strip().toUpperCase(java.util.Locale.ROOT);
        return dash < 0 ? LETTER : KINDS.getOrDefault(first, LETTER);
    }

    /** "Kế hoạch số 45/KH-STTTT"; "Công văn số 12/STTTT-BCXB"; a named reference as it is. */
    public static String of(String number) {
        if (number == null || number.isBlank()) {
            return "văn bản";
        }
        String n = number.strip();
        if (!Character.isDigit(n.charAt(0)) && !n.startsWith("/")) {
            return n; // "Công văn số 15/STTTT-BCXB", "Yêu cầu báo cáo đột xuất"
        }
        return kind(n) + " số " + n;
    }

    /** The drafting unit of an official letter's number ("BCXB" of "12/STTTT-BCXB"); null for other kinds. */
    public static String draftingUnit(String number) {
        if (number == null || !LETTER.equals(kind(number.strip())) || number.indexOf('/') < 0) {
            return null;
        }
        String symbol = number.strip().substring(number.strip().indexOf('/') + 1);
        int dash = symbol.indexOf('-');
        return dash < 0 || dash == symbol.length() - 1 ? null : symbol.substring(dash + 1).strip();
    }

    private DocumentNames() {
    }
}
