package vn.phoihop.platform.document;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading of an administrative document (thể thức văn bản, Decree 30/2020/NĐ-CP, Appendix I) for the issuing
 * agency, read from the directory: the two-line name of the issuing body ("UBND TỈNH ĐẮK NÔNG" over "SỞ THÔNG TIN VÀ
 * TRUYỀN THÔNG"), the number left blank for the clerk (văn thư), and place and date ("Đắk Nông, ngày 04 tháng 5 năm
 * 2024").
 *
 * @param superior         the body above the issuer, upper case, as the first heading line ("UBND TỈNH ĐẮK NÔNG"); empty when none
 * @param issuer           the issuing body, upper case, as the second heading line ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
 * @param issuerName       the issuing body as the text names it ("Sở Thông tin và Truyền thông")
 * @param issuerSymbol     its symbol in document numbers ("STTTT")
 * @param place            the place name of the date line ("Đắk Nông"), "……" when the directory does not say
 * @param superiorForCopy  the superior as Nơi nhận names it ("UBND tỉnh Đắk Nông"), null when none
 */
public record OfficialHeading(String superior, String issuer, String issuerName, String issuerSymbol, String place,
                              String superiorForCopy) {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern LOCALITY = Pattern.compile("\\s+(tỉnh|thành phố|huyện|thị xã)\\s+(.+)$");
    /** The blank the clerk fills in with the number when the document is registered. */
    private static final String BLANK_NUMBER = "Số:        /";

    /**
     * @param issuerCode   the issuer's code, used when the directory does not know its name or symbol
     * @param issuerName   its full name ("Sở Thông tin và Truyền thông tỉnh Đắk Nông"), or null
     * @param issuerSymbol its symbol ("STTTT"), or null
     * @param superiorName the full name of the body above it ("Ủy ban nhân dân tỉnh Đắk Nông"), or null
     */
    public static OfficialHeading of(String issuerCode, String issuerName, String issuerSymbol, String superiorName) {
        String name = issuerName == null || issuerName.isBlank() ? issuerCode : issuerName;
        String symbol = issuerSymbol != null && !issuerSymbol.isBlank() ? issuerSymbol
                : issuerCode.substring(issuerCode.lastIndexOf('.') + 1);
        String place = locality(name);
        if (place == null && superiorName != null) {
            place = locality(superiorName);
        }
        return new OfficialHeading(superiorName == null ? "" : shortCommittee(superiorName).toUpperCase(VI),
                withoutLocality(name).toUpperCase(VI), withoutLocality(name), symbol, place == null ? "……" : place,
                superiorName == null ? null : shortCommittee(superiorName));
    }

    /** The number of a document of this kind, blank for the clerk: "Số:        /BC-STTTT". */
    public String numberLine(String kindSymbol) {
        return BLANK_NUMBER + kindSymbol + "-" + issuerSymbol;
    }

    /**
     * The number of an official letter (công văn), which carries the issuer's symbol and the drafting unit's
     * instead of a kind: "Số:        /STTTT-BCXB"; without a drafting unit, "Số:        /STTTT".
     */
    public String letterNumberLine(String draftingUnit) {
        return BLANK_NUMBER + issuerSymbol + (draftingUnit == null || draftingUnit.isBlank() ? "" : "-" + draftingUnit);
    }

    /** "Đắk Nông, ngày 04 tháng 5 năm 2024". */
    public String dateLine(LocalDate date) {
        return place + ", " + writtenDate(date);
    }

    /** "Đắk Nông, ngày …… tháng …… năm ……", for the clerk to date when the document is signed. */
    public String blankDateLine() {
        return place + ", ngày …… tháng …… năm ……";
    }

    /**
     * A date as Decree 30/2020 writes it: "ngày 04 tháng 5 năm 2024", with a leading zero for days below 10 and
     * for the months 1 and 2 only ("ngày 25 tháng 02 năm 2026", "ngày 10 tháng 10 năm 2025").
     */
    public static String writtenDate(LocalDate date) {
        int month = date.getMonthValue();
        return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
                + (month <= 2 ? String.format("%02d", month) : String.valueOf(month)) + " năm " + date.getYear();
    }

    /**
     * The signature block of the issuer's head or deputy (Decree 30/2020, Appendix I): a Sở's deputy director signs
     * for the director ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), a People's Committee's vice-chair on behalf of the committee.
     */
    public java.util.List<String> signature() {
        if (issuerName.startsWith("UBND") || issuerName.startsWith("Ủy ban nhân dân")) {
            return java.util.List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        }
        if (issuerName.startsWith("Sở")) {
            return java.util.List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        }
        if (issuerName.startsWith("Ban Chỉ đạo")) {
            return java.util.List.of("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN");
        }
        return java.util.List.of("THỦ TRƯỞNG CƠ QUAN");
    }

    /** "Đắk Nông" out of "Ủy ban nhân dân tỉnh Đắk Nông". */
    public static String locality(String name) {
        Matcher m = LOCALITY.matcher(name);
        return m.find() ? m.group(2) : null;
    }

    /** "Sở Thông tin và Truyền thông" out of "Sở Thông tin và Truyền thông tỉnh Đắk Nông"; a committee keeps its place. */
    static String withoutLocality(String name) {
        if (name.startsWith("Ủy ban nhân dân") || name.startsWith("UBND")) {
            return shortCommittee(name);
        }
        return LOCALITY.matcher(name).replaceFirst("");
    }

    static String shortCommittee(String name) {
        return name.replaceFirst("^Ủy ban nhân dân", "UBND");
    }
}
