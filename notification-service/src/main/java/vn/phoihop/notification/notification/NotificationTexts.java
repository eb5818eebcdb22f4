package vn.phoihop.notification.notification;

import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.DocumentReceived;
import vn.phoihop.events.ReportSubmitted;
import vn.phoihop.events.TaskAssigned;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The Vietnamese wording of every notification, in the style of the province's documents. */
final class NotificationTexts {
    /** Times are shown as officials read them: in Vietnam's time zone. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    record Text(String title, String body) {
    }

    /** To the assignee: "Nhiệm vụ mới theo Kế hoạch số 45/KH-STTTT" (a letter: "theo Công văn số 12/STTTT-BCXB"). */
    static Text taskAssigned(TaskAssigned task) {
        return new Text("Nhiệm vụ mới theo " + vn.phoihop.platform.document.DocumentNames.of(task.planNumber()),
                "Đơn vị được giao " + role(task.role()) + " thực hiện nhiệm vụ “" + task.taskTitle() + "”; "
                        + deadline(task.deadline()) + ".");
    }

    /**
     * To a recipient of Nơi nhận: "Văn bản đến: Kế hoạch số 45/KH-STTTT", naming the issuer and why it was sent
     * (để báo cáo, để biết; or to publish on the agency's portal).
     */
    static Text documentReceived(DocumentReceived d) {
        String why = "PUBLISH".equals(d.purpose())
                ? "Đề nghị đơn vị đăng tải văn bản trên cổng/trang thông tin điện tử của đơn vị và cho biết địa chỉ đã đăng tải."
                : "Văn bản gửi đơn vị để báo cáo, để biết (b/c).";
        return new Text("Văn bản đến: " + vn.phoihop.platform.document.DocumentNames.of(d.number()),
                vn.phoihop.notification.contact.AgencyName.of(d.issuerCode()) + " ban hành ngày " + DATE.format(d.issuedOn())
                        + " về " + d.subject() + ". " + why);
    }

    /**
     * To the issuer of the plan, which receives the report: "Báo Đắk Nông đã gửi báo cáo", the document named by
     * kind and number when the assignment is known.
     */
    static Text reportReceived(ReportSubmitted report, String agencyName, String planNumber) {
        return new Text(agencyName + " đã gửi báo cáo",
                "Báo cáo" + (planNumber == null ? "" : " theo " + vn.phoihop.platform.document.DocumentNames.of(planNumber))
                        + " gửi lúc " + at(report.submittedAt()) + ". Tóm tắt: " + report.summary());
    }

    /** To the reporting agency: its report went out, to the issuer named by its name. */
    static Text reportSent(ReportSubmitted report, String issuerName) {
        return new Text("Đã gửi báo cáo",
                "Báo cáo của đơn vị đã được gửi đến " + issuerName + " lúc " + at(report.submittedAt())
                        + ". Tóm tắt: " + report.summary());
    }

    /** chủ trì (leads) or phối hợp (cooperates). */
    static String role(AssignmentRole role) {
        return role == AssignmentRole.LEAD ? "chủ trì" : "phối hợp";
    }

    static String deadline(LocalDate deadline) {
        return deadline == null ? "chưa có hạn" : "hạn báo cáo " + DATE.format(deadline);
    }

    private static String at(Instant instant) {
        return TIME.format(instant.atZone(VIETNAM));
    }

    private NotificationTexts() {
    }
}
