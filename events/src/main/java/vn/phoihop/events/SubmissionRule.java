package vn.phoihop.events;

/**
 * When a periodic report is due, relative to its period's data cut-off (the 14th of the period's last month):
 * <ul>
 *   <li>{@code DAY_OF_MONTH}: by day N, the first day N on or after the cut-off (e.g. "trước ngày 20 của tháng cuối quý");</li>
 *   <li>{@code DAYS_AFTER_CUT_OFF}: N calendar days after the cut-off;</li>
 *   <li>{@code WORKING_DAYS_AFTER_CUT_OFF}: N working days after the cut-off (Vietnam's holiday calendar).</li>
 * </ul>
 */
public enum SubmissionRule {
    DAY_OF_MONTH, DAYS_AFTER_CUT_OFF, WORKING_DAYS_AFTER_CUT_OFF
}
