package vn.phoihop.platform.security;

/** Roles carried in the token's {@code groups} claim. */
public final class Roles {
    /** Manages the documents its agency issues and follows their assignments and reports. */
    public static final String COORDINATOR = "coordinator";
    /** Works on its own agency's assignments and reports. */
    public static final String OFFICER = "officer";
    /** Operates the system: directory, delivery topics, replays. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
