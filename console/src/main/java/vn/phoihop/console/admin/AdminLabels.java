package vn.phoihop.console.admin;

import io.quarkus.qute.TemplateExtension;

import java.util.Map;

/** Vietnamese names of the directory's and the channels' codes, for the admin pages ({@code admin:kind(a.kind)}). */
@TemplateExtension(namespace = "admin")
public final class AdminLabels {
    static final Map<String, String> AGENCY_KINDS = Map.ofEntries(
            Map.entry("PEOPLES_COMMITTEE", "Ủy ban nhân dân"), Map.entry("DEPARTMENT", "Sở, ban, ngành"),
            Map.entry("POLICE", "Công an"), Map.entry("MILITARY", "Quân sự, biên phòng"), Map.entry("BORDER_GUARD", "Bộ đội biên phòng"),
            Map.entry("JUDICIARY", "Tòa án, viện kiểm sát"), Map.entry("COURT", "Tòa án"), Map.entry("PROCURACY", "Viện kiểm sát"),
            Map.entry("MASS_ORGANISATION", "Mặt trận, đoàn thể"), Map.entry("PRESS", "Báo chí"),
            Map.entry("DISTRICT_OFFICE", "Phòng, ban cấp huyện"), Map.entry("DISTRICT_UNIT", "Đơn vị cấp huyện"),
            Map.entry("COMMUNE_UNIT", "Đơn vị cấp xã"), Map.entry("ENTERPRISE", "Doanh nghiệp"),
            Map.entry("MINISTRY", "Bộ, ngành trung ương"), Map.entry("CENTRAL_BODY", "Cơ quan trung ương"),
            Map.entry("PARTY_BOARD", "Ban của Đảng"), Map.entry("STEERING_COMMITTEE", "Ban chỉ đạo"), Map.entry("OTHER", "Khác"));
    static final Map<String, String> REORGANISATIONS = Map.of(
            "MERGE", "Sáp nhập", "SPLIT", "Chia tách", "ABOLISH", "Giải thể", "RENAME", "Đổi tên");
    static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("APPLIED", "Đã áp dụng"), Map.entry("SCHEDULED", "Chờ đến ngày hiệu lực"), Map.entry("FAILED", "Không áp dụng được"),
            Map.entry("CANCELLED", "Đã hủy"), Map.entry("PENDING", "Đang chờ gửi"), Map.entry("SENT", "Đã gửi"),
            Map.entry("ACTIVE", "Đang cấp"), Map.entry("REVOKED", "Đã thu hồi"));
    static final Map<String, String> CHANNELS = Map.of("EMAIL", "Thư điện tử", "WEBHOOK", "Webhook");

    private AdminLabels() {
    }

    /** The reorganisations in the order the form offers them. */
    public static java.util.List<String> reorganisationKinds() {
        return java.util.List.of("MERGE", "SPLIT", "ABOLISH", "RENAME");
    }

    public static String agencyKind(Object code) {
        return label(AGENCY_KINDS, code);
    }

    public static String reorganisation(Object code) {
        return label(REORGANISATIONS, code);
    }

    public static String state(Object code) {
        return label(STATES, code);
    }

    public static String channel(Object code) {
        return label(CHANNELS, code);
    }

    private static String label(Map<String, String> labels, Object code) {
        return code == null ? "" : labels.getOrDefault(code.toString(), code.toString());
    }
}
