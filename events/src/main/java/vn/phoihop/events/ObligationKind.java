package vn.phoihop.events;

/** How often a task must be reported on: once (một lần), periodically (định kỳ) or on request (khi có yêu cầu). */
public enum ObligationKind {
    ONCE, PERIODIC, ON_REQUEST
}
