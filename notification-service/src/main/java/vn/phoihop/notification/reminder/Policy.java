package vn.phoihop.notification.reminder;

import java.util.List;

/**
 * When to remind about one assignment.
 *
 * @param daysBefore               working days before the deadline to remind (default 7, 3, 1)
 * @param onDueDay                 remind on the day itself (or the last working day before it)
 * @param overdueDaily             a daily overdue notice (quá hạn) at the sending time on working days
 * @param escalateAfterWorkingDays working days late before escalating (đôn đốc) to the issuer and the
 *                                 agency's head; 0 means never
 */
public record Policy(List<Integer> daysBefore, boolean onDueDay, boolean overdueDaily, int escalateAfterWorkingDays) {
}
