package vn.phoihop.events;

/**
 * Kafka topics, one per aggregate. Plan events are keyed by plan id; agency events by agency code;
 * task, report and notification events by the assignee agency's code, so that one agency's events
 * keep their order.
 */
public final class Topics {
    public static final String PLAN = "phoihop.plan.events";
    /** plan-service's reference data: the agency directory and the working calendar (key {@code calendar-<year>}). */
    public static final String AGENCY = "phoihop.agency.events";
    public static final String TASK = "phoihop.task.events";
    public static final String REPORT = "phoihop.report.events";
    public static final String NOTIFICATION = "phoihop.notification.events";

    /**
     * Per-agency delivery topic for agency systems that read the broker directly, e.g.
     * {@code phoihop.inbox.DKN.BAODAKNONG}: a copy of the task events of that agency only, readable only
     * with that agency's own credentials (Kafka ACLs).
     */
    public static String agencyInbox(String agencyCode) {
        return AGENCY_INBOX_PREFIX + agencyCode;
    }

    /** Prefix of every per-agency delivery topic (ACLs grant on it by prefix). */
    private static final String AGENCY_INBOX_PREFIX = "phoihop.inbox.";

    /** Dead-letter topic of one consuming service, e.g. {@code phoihop.task-service.dlq}. */
    public static String deadLetter(String service) {
        return "phoihop." + service + ".dlq";
    }

    private Topics() {
    }
}
