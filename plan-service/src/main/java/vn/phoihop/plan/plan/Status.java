package vn.phoihop.plan.plan;

/** Lifecycle of a document: a draft has no number; issued, amended (version &gt; 1), revoked (thu hồi). */
public enum Status {
    DRAFT, ISSUED, AMENDED, REVOKED;

    public boolean inForce() {
        return this == ISSUED || this == AMENDED;
    }
}
