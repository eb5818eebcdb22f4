package vn.phoihop.report.consolidation;

import vn.phoihop.report.directory.Agency;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading of an administrative document (Decree 30/2020/NĐ-CP) for the issuing agency, read from the
 * directory: "UBND TỈNH ĐẮK NÔNG / SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số: /BC-STTTT", "Đắk Nông, ngày … tháng … năm …".
 */
record OfficialHeader(String superior, String issuer, String issuerName, String numberLine, String place,
                      String superiorForCopy) {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern LOCALITY = Pattern.compile("\\s+(tỉnh|thành phố|huyện|thị xã)\\s+(.+)$");

    static OfficialHeader of(String issuerCode, Agency issuer, Agency superior) {
        String issuerName = issuer == null ? issuerCode : issuer.name;
        String symbol = issuer != null && issuer.symbol != null ? issuer.symbol
                : issuerCode.substring(issuerCode.lastIndexOf('.') + 1);
        String place = locality(issuerName);
        if (place == null && superior != null) {
            place = locality(superior.name);
        }
        String superiorLine = superior == null ? "" : shortCommittee(superior.name).toUpperCase(VI);
        return new OfficialHeader(superiorLine, withoutLocality(issuerName).toUpperCase(VI), withoutLocality(issuerName),
                "Số:        /BC-" + symbol,
                place == null ? "……" : place, superior == null ? null : shortCommittee(superior.name));
    }

    /** "Đắk Nông" out of "Ủy ban nhân dân tỉnh Đắk Nông". */
    static String locality(String name) {
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

    String dateLine() {
        return place + ", ngày …… tháng …… năm ……";
    }
}
