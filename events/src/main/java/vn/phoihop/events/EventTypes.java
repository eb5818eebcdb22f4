package vn.phoihop.events;

import java.util.Map;

/**
 * CloudEvents {@code type} of every event, with its version, and the payload record it carries.
 * A breaking change to a payload gets a new type ({@code ….v2}); additive optional fields do not.
 */
public final class EventTypes {
    public static final String PLAN_ISSUED = "vn.phoihop.plan.issued.v1";
    public static final String PLAN_AMENDED = "vn.phoihop.plan.amended.v1";
    public static final String PLAN_REVOKED = "vn.phoihop.plan.revoked.v1";
    public static final String PLAN_TASKS_PART = "vn.phoihop.plan.tasks-part.v1";
    /** One recipient of a document received it (văn bản đến), with its purpose. */
    public static final String DOCUMENT_RECEIVED = "vn.phoihop.plan.document-received.v1";
    public static final String AGENCY_CHANGED = "vn.phoihop.agency.changed.v1";
    /** A year of the working calendar entered or corrected; travels with the directory's reference data. */
    public static final String CALENDAR_CHANGED = "vn.phoihop.agency.calendar-changed.v1";
    public static final String TASK_ASSIGNED = "vn.phoihop.task.assigned.v1";
    public static final String TASK_ACKNOWLEDGED = "vn.phoihop.task.acknowledged.v1";
    public static final String TASK_STATUS_CHANGED = "vn.phoihop.task.status-changed.v1";
    public static final String TASK_OVERDUE = "vn.phoihop.task.overdue.v1";
    public static final String TASK_CANCELLED = "vn.phoihop.task.cancelled.v1";
    public static final String TASK_RESCHEDULED = "vn.phoihop.task.rescheduled.v1";
    public static final String TASK_TRANSFERRED = "vn.phoihop.task.transferred.v1";
    public static final String REPORT_SUBMITTED = "vn.phoihop.report.submitted.v1";
    public static final String REPORT_REVISED = "vn.phoihop.report.revised.v1";
    public static final String REPORT_ACCEPTED = "vn.phoihop.report.accepted.v1";
    public static final String REPORT_RETURNED = "vn.phoihop.report.returned.v1";
    public static final String REMINDER_SENT = "vn.phoihop.notification.reminder-sent.v1";
    public static final String NOTIFICATION_DELIVERED = "vn.phoihop.notification.delivered.v1";
    public static final String NOTIFICATION_FAILED = "vn.phoihop.notification.failed.v1";

    /** Payload record of each type; the JSON Schema of a type lives at {@code /schemas/<type>.json}. */
    public static final Map<String, Class<?>> PAYLOADS = Map.ofEntries(
            Map.entry(PLAN_ISSUED, PlanIssued.class),
            Map.entry(PLAN_AMENDED, PlanAmended.class),
            Map.entry(PLAN_REVOKED, PlanRevoked.class),
            Map.entry(PLAN_TASKS_PART, PlanTasksPart.class),
            Map.entry(DOCUMENT_RECEIVED, DocumentReceived.class),
            Map.entry(AGENCY_CHANGED, AgencyChanged.class),
            Map.entry(CALENDAR_CHANGED, CalendarChanged.class),
            Map.entry(TASK_ASSIGNED, TaskAssigned.class),
            Map.entry(TASK_ACKNOWLEDGED, TaskAcknowledged.class),
            Map.entry(TASK_STATUS_CHANGED, TaskStatusChanged.class),
            Map.entry(TASK_OVERDUE, TaskOverdue.class),
            Map.entry(TASK_CANCELLED, TaskCancelled.class),
            Map.entry(TASK_RESCHEDULED, TaskRescheduled.class),
            Map.entry(TASK_TRANSFERRED, TaskTransferred.class),
            Map.entry(REPORT_SUBMITTED, ReportSubmitted.class),
            Map.entry(REPORT_REVISED, ReportRevised.class),
            Map.entry(REPORT_ACCEPTED, ReportAccepted.class),
            Map.entry(REPORT_RETURNED, ReportReturned.class),
            Map.entry(REMINDER_SENT, ReminderSent.class),
            Map.entry(NOTIFICATION_DELIVERED, NotificationDelivered.class),
            Map.entry(NOTIFICATION_FAILED, NotificationFailed.class));

    private EventTypes() {
    }
}
