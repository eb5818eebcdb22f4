package vn.phoihop.report.indicator;

import java.math.BigDecimal;

/** What kind of number an indicator holds, and so which values make sense for it. */
public enum IndicatorType {
    /** Whole things counted: articles, posters, communes. */
    COUNT,
    /** Broadcast time in minutes; fractions allowed (45.5 phút). */
    MINUTES,
    /** 0 to 100. */
    PERCENTAGE,
    /** Vietnamese đồng, whole. */
    MONEY,
    /** 1 for yes (có), 0 for no (không). */
    YES_NO;

    /** Why {@code value} does not fit this type, or null when it does. */
    public String refusal(BigDecimal value) {
        if (value.signum() < 0) {
            return "must be 0 or more";
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        return switch (this) {
            case COUNT -> whole ? null : "must be a whole number (a count)";
            case MONEY -> whole ? null : "must be a whole number of đồng";
            case MINUTES -> null;
            case PERCENTAGE -> value.compareTo(BigDecimal.valueOf(100)) > 0 ? "must be a percentage from 0 to 100" : null;
            case YES_NO -> value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0
                    ? null : "must be 1 (yes) or 0 (no)";
        };
    }

    /** Summing makes sense for amounts; a percentage or a yes/no is averaged across agencies. */
    public boolean additive() {
        return this == COUNT || this == MINUTES || this == MONEY;
    }
}
