package vn.phoihop.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Vietnam's working days (ngày làm việc): Monday to Friday, minus public holidays, Tết and
 * compensatory days off (ngày nghỉ lễ, Tết, nghỉ bù), plus make-up working days on a weekend
 * (ngày làm bù).
 *
 * <p>The days come from a CSV file {@code date,kind,name} where kind is {@link Kind#HOLIDAY} or
 * {@link Kind#WORKING_SATURDAY}; lines starting with {@code #} and the header line are skipped.
 * The shipped file is {@code calendar/vn-holidays.csv} (2020–2030); each year's actual
 * Government decision must be checked and the file edited, or config
 * {@code phoihop.calendar.file} pointed at an edited copy (see {@link #of(Path)}).
 */
public final class WorkingCalendar {

    /** Classpath location of the shipped calendar. */
    public static final String DEFAULT_RESOURCE = "calendar/vn-holidays.csv";

    /** Kind of a listed day. */
    public enum Kind {
        /** Ngày nghỉ lễ, Tết, nghỉ bù or nghỉ hoán đổi: not a working day. */
        HOLIDAY,
        /** Ngày làm bù: a Saturday or Sunday that is a working day. */
        WORKING_SATURDAY
    }

    /** One line of the calendar file. */
    public record Day(LocalDate date, Kind kind, String name) {
    }

    private final Map<LocalDate, Day> days;

    private WorkingCalendar(Map<LocalDate, Day> days) {
        this.days = days;
    }

    /** The shipped calendar {@value #DEFAULT_RESOURCE} from the classpath. */
    public static WorkingCalendar vietnam() {
        InputStream in = WorkingCalendar.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
        }
        return of(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** A calendar read from a file, e.g. the one named by config {@code phoihop.calendar.file}. */
    public static WorkingCalendar of(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return of(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar file " + file, e);
        }
    }

    /** A calendar read from CSV text; the reader is consumed and closed. */
    public static WorkingCalendar of(Reader csv) {
        Map<LocalDate, Day> days = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(csv)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String text = line.strip();
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isEmpty() || text.startsWith("#") || text.toLowerCase().startsWith("date,")) {
                    continue;
                }
                Day day = parse(text, number);
                Day previous = days.putIfAbsent(day.date(), day);
                if (previous != null && previous.kind() != day.kind()) {
                    throw new IllegalArgumentException("calendar line " + number + ": " + day.date()
                            + " is listed both as " + previous.kind() + " and " + day.kind());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar", e);
        }
        return new WorkingCalendar(days);
    }

    private static Day parse(String text, int number) {
        String[] cells = text.split(",", 3);
        if (cells.length < 2) {
            throw new IllegalArgumentException("calendar line " + number + ": expected date,kind,name but got: " + text);
        }
        try {
            LocalDate date = LocalDate.parse(cells[0].strip());
            Kind kind = Kind.valueOf(cells[1].strip());
            String name = cells.length == 3 ? cells[2].strip() : "";
            if (kind == Kind.WORKING_SATURDAY && !isWeekend(date)) {
                throw new IllegalArgumentException("calendar line " + number + ": " + date
                        + " is WORKING_SATURDAY but is not a Saturday or Sunday");
            }
            return new Day(date, kind, name);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("calendar line " + number + ": bad date " + cells[0], e);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("calendar line")) {
                throw e;
            }
            throw new IllegalArgumentException("calendar line " + number + ": bad kind " + cells[1]
                    + " (expected HOLIDAY or WORKING_SATURDAY)", e);
        }
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** Whether the day is a working day (ngày làm việc). */
    public boolean isWorkingDay(LocalDate date) {
        Day listed = days.get(date);
        if (listed != null) {
            return listed.kind() == Kind.WORKING_SATURDAY;
        }
        return !isWeekend(date);
    }

    /** The listed holiday or make-up day on that date, if any (for messages such as "rơi vào Tết"). */
    public Optional<Day> listed(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** The n-th working day after {@code date} (n &ge; 0; n = 0 gives {@code date} itself). */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        requireNonNegative(n);
        LocalDate day = date;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The n-th working day before {@code date} (n &ge; 0; n = 0 gives {@code date} itself). */
    public LocalDate minusWorkingDays(LocalDate date, int n) {
        requireNonNegative(n);
        LocalDate day = date;
        for (int left = n; left > 0; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** {@code date} if it is a working day, otherwise the last working day before it. */
    public LocalDate previousWorkingDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** {@code date} if it is a working day, otherwise the first working day after it. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static void requireNonNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("number of working days must be >= 0 but was " + n);
        }
    }
}
