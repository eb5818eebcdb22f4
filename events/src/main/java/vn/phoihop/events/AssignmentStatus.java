package vn.phoihop.events;

/** Lifecycle of an assignment, as task-service publishes it. */
public enum AssignmentStatus {
    ASSIGNED, ACKNOWLEDGED, IN_PROGRESS, SUBMITTED, ACCEPTED, RETURNED, CANCELLED
}
