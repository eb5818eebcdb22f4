package vn.phoihop.console.web;

import io.quarkus.qute.TemplateExtension;

import java.util.Map;

/**
 * The services' codes in the words Vietnamese offices use: buckets (đúng hạn, trễ hạn, chưa đến hạn,
 * quá hạn), statuses, roles, document kinds, Nơi nhận purposes, event kinds. Templates: {@code {label:bucket(x)}}.
 */
@TemplateExtension(namespace = "label")
public final class Labels {
    /** The four buckets in the order the inbox shows them. */
    public static final Map<String, String> BUCKETS = ordered(
            "DONE_ON_TIME", "Đúng hạn",
            "DONE_LATE", "Trễ hạn",
            "NOT_YET_DUE", "Chưa đến hạn",
            "OVERDUE", "Quá hạn");

    static final Map<String, String> STATUSES = ordered(
            "ASSIGNED", "Mới giao",
            "ACKNOWLEDGED", "Đã tiếp nhận",
            "IN_PROGRESS", "Đang thực hiện",
            "SUBMITTED", "Đã gửi báo cáo",
            "ACCEPTED", "Đã chấp nhận",
            "RETURNED", "Bị trả lại",
            "CANCELLED", "Đã hủy",
            "DRAFT", "Dự thảo",
            "ISSUED", "Đã ban hành",
            "AMENDED", "Đã sửa đổi",
            "REVOKED", "Đã thu hồi",
            "PENDING", "Đang chờ gửi",
            "SENT", "Đã gửi",
            "FAILED", "Gửi thất bại",
            "SKIPPED", "Bỏ qua",
            "SCHEDULED", "Đã lên lịch");

    static final Map<String, String> KINDS = ordered(
            "PLAN", "Kế hoạch",
            "OFFICIAL_LETTER", "Công văn",
            "DECISION", "Quyết định",
            "DIRECTIVE", "Chỉ thị",
            "NOTICE", "Thông báo",
            "GUIDANCE", "Hướng dẫn",
            "PROGRAMME", "Chương trình");

    static final Map<String, String> PURPOSES = ordered(
            "EXECUTE", "t/h (thực hiện)",
            "INFORMATION", "b/c (báo cáo)",
            "COOPERATE", "p/h (phối hợp)",
            "PUBLISH", "đăng tải",
            "AS_ABOVE", "Như trên",
            "ARCHIVE", "Lưu");

    static final Map<String, String> FREQUENCIES = ordered(
            "MONTHLY", "hằng tháng",
            "QUARTERLY", "hằng quý",
            "HALF_YEARLY", "6 tháng",
            "NINE_MONTHS", "9 tháng",
            "YEARLY", "hằng năm");

    static final Map<String, String> OBLIGATION_KINDS = ordered(
            "ONCE", "Một lần",
            "PERIODIC", "Định kỳ",
            "ON_REQUEST", "Khi có yêu cầu");

    static final Map<String, String> EVENTS = ordered(
            "PlanDrafted", "Soạn dự thảo",
            "PlanIssued", "Ban hành văn bản",
            "PlanAmended", "Sửa đổi văn bản",
            "PlanRevoked", "Thu hồi văn bản",
            "TaskAssigned", "Giao nhiệm vụ",
            "TaskAcknowledged", "Tiếp nhận nhiệm vụ",
            "TaskStatusChanged", "Đổi trạng thái",
            "NotificationReminderSent", "Nhắc hạn đã gửi",
            "NotificationDelivered", "Đã gửi thông báo",
            "NotificationFailed", "Gửi thông báo thất bại",
            "TaskOverdue", "Quá hạn",
            "TaskCancelled", "Hủy nhiệm vụ",
            "TaskRescheduled", "Đổi hạn",
            "TaskTransferred", "Chuyển đơn vị",
            "ReportSubmitted", "Gửi báo cáo",
            "ReportRevised", "Sửa báo cáo",
            "ReportAccepted", "Chấp nhận báo cáo",
            "ReportReturned", "Trả lại báo cáo",
            "ReminderSent", "Nhắc hạn đã gửi",
            "TASK_ASSIGNED", "Nhiệm vụ mới",
            "DOCUMENT_RECEIVED", "Văn bản đến",
            "ASSIGNED", "Giao nhiệm vụ",
            "RESCHEDULED", "Đổi hạn",
            "TRANSFERRED", "Chuyển sang đơn vị kế thừa",
            "CANCELLED", "Hủy nhiệm vụ",
            "REPORT_SUBMITTED", "Báo cáo đã gửi",
            "REMINDER", "Nhắc hạn",
            "BEFORE_DEADLINE", "Nhắc trước hạn",
            "DUE_TODAY", "Nhắc đúng ngày đến hạn",
            "OVERDUE", "Quá hạn",
            "ESCALATION", "Văn bản đôn đốc",
            "URGING_COPY", "Bản sao văn bản đôn đốc");

    static final Map<String, String> ROLES = ordered(
            "LEAD", "Chủ trì",
            "COOPERATING", "Phối hợp",
            "coordinator", "Chuyên viên điều phối",
            "officer", "Cán bộ đơn vị",
            "admin", "Quản trị");

    private Labels() {
    }

    /** Document kinds in the order the draft form offers them. */
    public static java.util.List<String> kinds() {
        return java.util.List.copyOf(KINDS.keySet());
    }

    /** Nơi nhận purposes in the order the draft form offers them. */
    public static java.util.List<String> purposes() {
        return java.util.List.of("EXECUTE", "COOPERATE", "INFORMATION", "PUBLISH", "AS_ABOVE", "ARCHIVE");
    }

    public static String bucket(Object code) {
        return of(BUCKETS, code);
    }

    /** The CSS class of a bucket: ontime, late, notdue, overdue. */
    public static String bucketClass(Object code) {
        if (Formats.absent(code)) {
            return "none";
        }
        return switch (code.toString()) {
            case "DONE_ON_TIME" -> "ontime";
            case "DONE_LATE" -> "late";
            case "NOT_YET_DUE" -> "notdue";
            case "OVERDUE" -> "overdue";
            default -> "none";
        };
    }

    public static String status(Object code) {
        return of(STATUSES, code);
    }

    public static String kind(Object code) {
        return of(KINDS, code);
    }

    public static String purpose(Object code) {
        return of(PURPOSES, code);
    }

    public static String frequency(Object code) {
        return of(FREQUENCIES, code);
    }

    public static String obligationKind(Object code) {
        return of(OBLIGATION_KINDS, code);
    }

    public static String role(Object code) {
        return of(ROLES, code);
    }

    /** An event type, short (TaskAssigned) or full (vn.phoihop.task.assigned.v1), or a notification kind. */
    public static String event(Object type) {
        if (Formats.absent(type)) {
            return "";
        }
        String t = type.toString();
        if (EVENTS.containsKey(t)) {
            return EVENTS.get(t);
        }
        return of(EVENTS, shortEventType(t));
    }

    /** vn.phoihop.task.acknowledged.v1 → TaskAcknowledged; an already short name stays. */
    public static String shortEventType(String type) {
        String[] parts = type.split("\\.");
        if (parts.length < 3) {
            return type;
        }
        int last = parts[parts.length - 1].matches("v\\d+") ? parts.length - 2 : parts.length - 1;
        String aggregate = parts[last - 1];
        String action = parts[last];
        StringBuilder name = new StringBuilder(cap(aggregate));
        for (String word : action.split("[-_]")) {
            name.append(cap(word));
        }
        return name.toString();
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String of(Map<String, String> labels, Object code) {
        if (Formats.absent(code)) {
            return "";
        }
        return labels.getOrDefault(code.toString(), code.toString());
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
