package vn.phoihop.notification.reminder;

import vn.phoihop.events.ReminderKind;
import vn.phoihop.notification.assignment.Assignment;

import static vn.phoihop.notification.assignment.AssignmentProjection.date;

/** The Vietnamese wording of reminders (nhắc hạn) and overdue notices (quá hạn). */
final class ReminderTexts {
    record Text(String title, String body) {
    }

    /** {@code lastDay}: the day the deadline really ends (the next working day after a written day off). */
    static Text of(ReminderKind kind, Assignment a, int workingDaysLeft, java.time.LocalDate lastDay) {
        String task = "Nhiệm vụ “" + a.taskTitle + "” theo " + vn.phoihop.platform.document.DocumentNames.of(a.planNumber)
                + (a.periodLabel == null ? "" : ", kỳ báo cáo " + a.periodLabel);
        String deadline = date(a.deadline) + (lastDay == null || lastDay.equals(a.deadline) ? ""
                : " (ngày nghỉ; theo khoản 5 Điều 148 Bộ luật Dân sự, thời hạn kết thúc vào cuối ngày " + date(lastDay) + ")");
        return switch (kind) {
            case BEFORE_DEADLINE -> new Text("Nhắc hạn báo cáo: còn " + workingDaysLeft + " ngày làm việc",
                    task + " có hạn báo cáo ngày " + deadline + "; còn " + workingDaysLeft
                            + " ngày làm việc. Đề nghị đơn vị chuẩn bị và gửi báo cáo đúng hạn.");
            case DUE_TODAY -> new Text("Hôm nay là hạn báo cáo",
                    task + " có hạn báo cáo ngày " + deadline + ". Đề nghị đơn vị gửi báo cáo trong ngày hôm nay.");
            case OVERDUE -> new Text("Quá hạn báo cáo " + -workingDaysLeft + " ngày làm việc",
                    task + " đã quá hạn báo cáo (hạn ngày " + deadline + ") " + -workingDaysLeft
                            + " ngày làm việc. Đề nghị đơn vị khẩn trương gửi báo cáo.");
            case ESCALATION -> throw new IllegalArgumentException("an escalation is an urging notice");
        };
    }

    private ReminderTexts() {
    }
}
