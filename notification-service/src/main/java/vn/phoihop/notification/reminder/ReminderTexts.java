package vn.phoihop.notification.reminder;

import vn.phoihop.events.ReminderKind;
import vn.phoihop.notification.assignment.Assignment;

import static vn.phoihop.notification.assignment.AssignmentProjection.date;

/** The Vietnamese wording of reminders (nhắc hạn) and overdue notices (quá hạn). */
final class ReminderTexts {
    record Text(String title, String body) {
    }

    static Text of(ReminderKind kind, Assignment a, int workingDaysLeft) {
        String task = "Nhiệm vụ “" + a.taskTitle + "” theo Kế hoạch số " + a.planNumber
                + (a.periodLabel == null ? "" : ", kỳ báo cáo " + a.periodLabel);
        String deadline = date(a.deadline);
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
