package vn.phoihop.events;

import java.util.Map;

/**
 * CloudEvents {@code type} of every event, with its version, and the payload record it carries.
 * A breaking change to a payload gets a new type ({@code ….v2}); additive optional fields do not.
 */
public final class EventTypes {
    public static final String PLAN_ISSUED = "vn.phoihop.plan.issued.v1";
    public static final String TASK_ASSIGNED = "vn.phoihop.task.assigned.v1";
    public static final String TASK_ACKNOWLEDGED = "vn.phoihop.task.acknowledged.v1";
    public static final String TASK_STATUS_CHANGED = "vn.phoihop.task.status-changed.v1";
    public static final String REPORT_SUBMITTED = "vn.phoihop.report.submitted.v1";

    /** Payload record of each type; the JSON Schema of a type lives at {@code /schemas/<type>.json}. */
    public static final Map<String, Class<?>> PAYLOADS = Map.of(
            PLAN_ISSUED, PlanIssued.class,
            TASK_ASSIGNED, TaskAssigned.class,
            TASK_ACKNOWLEDGED, TaskAcknowledged.class,
            TASK_STATUS_CHANGED, TaskStatusChanged.class,
            REPORT_SUBMITTED, ReportSubmitted.class);

    private EventTypes() {
    }
}
