package vn.phoihop.plan.importer.grammar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as documents write them: 22/02/2022, 05/7/2017, "ngày 28 tháng 9 năm 2021". */
public final class VnDates {
    /** dd/mm/yyyy or "dd tháng mm năm yyyy" (after "ngày"). */
    public static final String DATE = "(\\d{1,2})\\s*(?:/|-|\\.|\\s+tháng\\s+)\\s*(\\d{1,2})\\s*(?:/|-|\\.|\\s+năm\\s+)\\s*(\\d{4})";
    private static final Pattern PATTERN = Pattern.compile(DATE);

    public static LocalDate parse(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The first date in the text, or null. */
    public static LocalDate first(String text) {
        Matcher m = PATTERN.matcher(text);
        return m.find() ? parse(m.group(1), m.group(2), m.group(3)) : null;
    }

    private VnDates() {
    }
}
