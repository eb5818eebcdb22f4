package vn.phoihop.events;

/**
 * Kafka topics, one per aggregate. Plan events are keyed by plan id; agency events by agency code;
 * task, report and notification events by the assignee agency's code, so that one agency's events
 * keep their order.
 */
public final class Topics {
    public static final String PLAN = "phoihop.plan.events";
    public static final String AGENCY = "phoihop.agency.events";
    public static final String TASK = "phoihop.task.events";
    public static final String REPORT = "phoihop.report.events";
    public static final String NOTIFICATION = "phoihop.notification.events";

    /** Dead-letter topic of one consuming service, e.g. {@code phoihop.task-service.dlq}. */
    public static String deadLetter(String service) {
        return "phoihop." + service + ".dlq";
    }

    private Topics() {
    }
}
