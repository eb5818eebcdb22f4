package vn.phoihop.events;

/**
 * What happened to an agency in the directory. MERGED, SPLIT and ABOLISHED end the agency on the
 * effective date; its open assignments move to its first successor.
 */
public enum AgencyChange {
    REGISTERED, UPDATED, RENAMED, MERGED, SPLIT, ABOLISHED
}
