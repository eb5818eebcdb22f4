package vn.phoihop.events;

/** The agency's part in a task: it leads (chủ trì) or cooperates (phối hợp). */
public enum AssignmentRole {
    LEAD, COOPERATING
}
