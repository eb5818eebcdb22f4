package vn.phoihop.events;

/** Kinds of reminder (nhắc hạn, đôn đốc) the notification service sends. */
public enum ReminderKind {
    BEFORE_DEADLINE, DUE_TODAY, OVERDUE, ESCALATION
}
