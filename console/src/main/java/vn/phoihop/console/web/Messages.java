package vn.phoihop.console.web;

import vn.phoihop.console.services.ServiceProblem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services answer in English (Bean Validation and their own messages); the console says the same in
 * Vietnamese. Unknown messages are shown as the service wrote them, after a Vietnamese lead-in.
 */
@io.quarkus.qute.TemplateExtension(namespace = "msg")
public final class Messages {
    private static final Map<Pattern, String> PATTERNS = new LinkedHashMap<>();

    static {
        put("must not be blank", "Không được để trống.");
        put("must not be null", "Bắt buộc phải có.");
        put("must not be empty", "Không được để trống.");
        put("size must be between (\\d+) and (\\d+)", "Độ dài phải từ $1 đến $2.");
        put("must be greater than or equal to (\\S+)", "Phải lớn hơn hoặc bằng $1.");
        put("must be less than or equal to (\\S+)", "Phải nhỏ hơn hoặc bằng $1.");
        put("must be a year \\(2022\\) or a range of years \\(2021-2025\\)", "Phải là một năm (2022) hoặc một giai đoạn (2021-2025).");
        put("must be a year or a range of years", "Phải là một năm hoặc một giai đoạn.");
        put("must match \".*\"", "Không đúng định dạng.");
        put("(?i)unknown agency:? ?(\\S*)", "Không có cơ quan $1 trong danh mục.");
        put("(?i).*no agency (\\S+).*", "Không có cơ quan $1 trong danh mục.");
        put("(?i).*not in the directory.*", "Không có cơ quan này trong danh mục.");
        put("(?i).*(ends|end) before (it|the window) (starts|start).*", "Ngày kết thúc phải sau ngày bắt đầu.");
        put("(?i).*must (be on or after|not be before) dataFrom.*", "Ngày kết thúc phải sau ngày bắt đầu.");
        put("(?i).*before dataFrom.*", "Ngày kết thúc phải sau ngày bắt đầu.");
        put("(?i)unknown indicator:? ?(\\S*)", "Không có chỉ tiêu $1 trong danh mục.");
        put("(?i).*required to return.*", "Cần ghi ý kiến khi trả lại báo cáo.");
        put("(?i).*comment.*required.*", "Cần ghi ý kiến.");
        put("(?i)the data window ends \\((.+)\\) before it starts \\((.+)\\)", "Ngày cuối lấy số liệu ($1) trước ngày bắt đầu ($2).");
        put("(?i)the period ends before it starts", "Thời kỳ kết thúc trước khi bắt đầu.");
        put("(?i)a one-off report needs its deadline", "Báo cáo một lần cần có hạn nộp.");
        put("(?i)the deadline (\\S+) is before the issue date (\\S+)", "Hạn $1 trước ngày ban hành $2.");
        put("(?i)no issued document (\\S+)", "Không có văn bản đã ban hành $1.");
        put("(?i)(\\S+) is a public holiday \\((.+)\\), not a working day", "$1 là ngày nghỉ lễ ($2), không phải ngày làm việc.");
        put("(?i)(\\S+) is a Saturday, not a working day", "$1 là thứ Bảy, không phải ngày làm việc.");
        put("(?i)(\\S+) is a Sunday, not a working day", "$1 là Chủ nhật, không phải ngày làm việc.");
        put("(?i)the report is due (\\S+), before its data window closes on (\\S+)", "Hạn báo cáo $1 sớm hơn ngày chốt số liệu $2.");
        put("(?i)periodic report without a frequency.*", "Báo cáo định kỳ chưa ghi tần suất (hằng tháng, quý, 6 tháng, năm).");
        put("(?i)periodic report without a submission deadline.*", "Báo cáo định kỳ chưa có hạn nộp: cả chế độ báo cáo lẫn văn bản đều chưa quy định.");
        put("(?i)an official letter is numbered.*", "Công văn được đánh số n/<cơ quan>-<đơn vị soạn thảo>, ví dụ 125/UBND-KGVX: hãy ghi đơn vị soạn thảo.");
        put("(?i)must be the drafting unit's symbol.*", "Phải là ký hiệu đơn vị soạn thảo, ví dụ KGVX.");
        put("(?i)must start with KT\\., TM\\., TL\\., TUQ\\. or Q\\.", "Phải bắt đầu bằng KT., TM., TL., TUQ. hoặc Q.");
        put("(?i)must be upper-case letters, digits and _.*", "Chỉ gồm chữ in hoa, chữ số và dấu _, ví dụ COMMUNES_REACHED.");
        put("(?i)unknown or ended agency:? ?(\\S*)", "Cơ quan $1 không có trong danh mục hoặc đã giải thể.");
        put("(?is)cannot deserialize value of type `(java\\.math\\.BigDecimal|java\\.lang\\.Integer|int|java\\.lang\\.Long|long)`.*", "Phải là một số, ví dụ 12 hoặc 1.234,5.");
        put("(?is)cannot deserialize value of type `java\\.time\\.LocalDate`.*", "Phải là một ngày có thật, viết dd/mm/yyyy.");
        put("(?is)cannot deserialize value of type `[\\w.]+\\.(\\w+)`.*not one of the values accepted.*", "Giá trị không có trong danh sách được chọn.");
        put("must be (.*)", "Phải là $1.");
    }

    private static void put(String regex, String vi) {
        PATTERNS.put(Pattern.compile(regex), vi);
    }

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("subject", "Trích yếu"), Map.entry("kind", "Loại văn bản"), Map.entry("period", "Thời kỳ"),
            Map.entry("place", "Địa danh"), Map.entry("legalBasis", "Căn cứ"), Map.entry("targets", "Chỉ tiêu"),
            Map.entry("tasks", "Nhiệm vụ"), Map.entry("distribution", "Nơi nhận"), Map.entry("signer", "Người ký"),
            Map.entry("leadAgencyCode", "Đơn vị chủ trì"), Map.entry("cooperatingAgencyCodes", "Đơn vị phối hợp"),
            Map.entry("obligations", "Chế độ báo cáo"), Map.entry("dataFrom", "Số liệu từ ngày"),
            Map.entry("dataTo", "Số liệu đến ngày"), Map.entry("deadline", "Hạn"), Map.entry("summary", "Nội dung báo cáo"),
            Map.entry("indicators", "Chỉ số"), Map.entry("comment", "Ý kiến"), Map.entry("reason", "Lý do"),
            Map.entry("title", "Tên"), Map.entry("description", "Nội dung"), Map.entry("frequency", "Tần suất"),
            Map.entry("reportToCode", "Báo cáo về"), Map.entry("agencyCodes", "Cơ quan"), Map.entry("purpose", "Mục đích"));

    private Messages() {
    }

    /** A service's message in Vietnamese. */
    public static String vi(String message) {
        if (message == null || message.isBlank()) {
            return "Giá trị không hợp lệ.";
        }
        for (Map.Entry<Pattern, String> e : PATTERNS.entrySet()) {
            Matcher m = e.getKey().matcher(message.trim());
            if (m.matches()) {
                String out = m.replaceFirst(e.getValue());
                return out.replace("  ", " ").replace(" trong", " trong").replace("cơ quan  ", "cơ quan ");
            }
        }
        if (message.chars().anyMatch(c -> c > 127)) {
            // already Vietnamese (the console's own, or a service that answers in Vietnamese)
            return message;
        }
        return "Không hợp lệ (" + message + ").";
    }

    /** tasks[0].leadAgencyCode → "Nhiệm vụ 1 › Đơn vị chủ trì". */
    public static String fieldLabel(String path) {
        if (path == null || path.isBlank()) {
            return "Dữ liệu";
        }
        StringBuilder out = new StringBuilder();
        for (String part : path.split("\\.")) {
            Matcher m = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?").matcher(part);
            if (!m.matches()) {
                return path;
            }
            if (!out.isEmpty()) {
                out.append(" › ");
            }
            out.append(FIELDS.getOrDefault(m.group(1), m.group(1)));
            if (m.group(2) != null) {
                out.append(' ').append(Integer.parseInt(m.group(2)) + 1);
            }
        }
        return out.toString();
    }

    /** A problem naming no field, as one sentence. */
    public static String problem(ServiceProblem p) {
        String lead = switch (p.status()) {
            case 400 -> "Dữ liệu chưa hợp lệ";
            case 403 -> "Anh/chị không có quyền thực hiện việc này";
            case 404 -> "Không tìm thấy";
            case 409 -> "Không thực hiện được ở trạng thái hiện tại";
            case 413 -> "Tệp quá lớn";
            case 415 -> "Loại tệp không được chấp nhận";
            default -> p.status() >= 500 ? "Dịch vụ đang gặp sự cố, xin thử lại sau" : "Yêu cầu bị từ chối";
        };
        return p.detail() == null || p.detail().isBlank() ? lead + "." : lead + ": " + p.detail();
    }
}
