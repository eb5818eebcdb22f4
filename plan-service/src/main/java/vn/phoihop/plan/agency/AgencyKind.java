package vn.phoihop.plan.agency;

/** Kinds of agency, exactly the {@code agencyKind} enum of the AgencyChanged schema. */
public enum AgencyKind {
    PEOPLES_COMMITTEE, DEPARTMENT, POLICE, BORDER_GUARD, COURT, PROCURACY, PRESS, DISTRICT_UNIT, COMMUNE_UNIT,
    MASS_ORGANISATION, ENTERPRISE, MINISTRY, PARTY_BOARD, STEERING_COMMITTEE, OTHER;

    /** The values as a regular expression, {@link AgencyData#KINDS} (a test keeps the two and the schema equal). */
    public static String pattern() {
        return String.join("|", java.util.Arrays.stream(values()).map(Enum::name).toList());
    }
}
