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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Vietnam's working days (ngày làm việc): Monday to Friday, minus public holidays, Tết and
 * compensatory days off (ngày nghỉ lễ, Tết, nghỉ bù), plus make-up working days on a weekend
 * (ngày làm bù).
 *
 * <p>Each year is either {@link YearStatus#OFFICIAL}, entered from the Government's decision or notice
 * (with its number and date), or {@link YearStatus#DERIVED} by the Labour Code's rules and not yet
 * confirmed. The shipped days come from a CSV file {@code date,kind,name} where kind is
 * {@link Kind#HOLIDAY} or {@link Kind#WORKING_SATURDAY}; the name may end with {@code " | source"}, the
 * document the day comes from. A line whose first cell is a year, {@code year,status,number,date,issuer,title},
 * marks that year official or derived and names a source document (one line per document). Lines starting
 * with {@code #} and the header line are skipped. The shipped file is {@code calendar/vn-holidays.csv};
 * config {@code phoihop.calendar.file} may point at an edited copy (see {@link #of(Path)}).
 *
 * <p>The calendar is managed data: an admin corrects a year over REST and every service replaces that year
 * here ({@link #replaceYear}); readers always see a whole, consistent calendar (copy on write).
 */
public final class WorkingCalendar {

    /** Classpath location of the shipped calendar. */
    public static final String DEFAULT_RESOURCE = "calendar/vn-holidays.csv";

    /** The rule a derived year follows, named as the source of its days. */
    public static final String DERIVED_SOURCE = "Bộ luật Lao động 2019, điều 111–112 (suy ra theo quy tắc, chưa có quyết định)";

    private static final String SOURCE_SEPARATOR = " | ";

    /** Kind of a listed day. */
    public enum Kind {
        /** Ngày nghỉ lễ, Tết, nghỉ bù or nghỉ hoán đổi: not a working day. */
        HOLIDAY,
        /** Ngày làm bù: a Saturday or Sunday that is a working day. */
        WORKING_SATURDAY
    }

    /** Whether a year's days were announced by the Government or derived by rule. */
    public enum YearStatus {
        /** Entered from the Government's decision or notice (quyết định, thông báo, công văn). */
        OFFICIAL,
        /** Derived by the Labour Code's rules: deadlines in it get a warning until it is confirmed. */
        DERIVED
    }

    /** One listed day; {@code source} is the document (or rule) it comes from, null when not recorded. */
    public record Day(LocalDate date, Kind kind, String name, String source) {
        public Day(LocalDate date, Kind kind, String name) {
            this(date, kind, name, null);
        }
    }

    /** A document a year follows: "Công văn số 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ". */
    public record Source(String number, LocalDate date, String issuer, String title) {
    }

    /** A year's status and the documents it follows. */
    public record Year(int year, YearStatus status, List<Source> sources) {
        public Year {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }

        /** A year nobody has entered: weekends only, or what the shipped file derived. */
        public static Year derived(int year) {
            return new Year(year, YearStatus.DERIVED, List.of());
        }
    }

    /** Days and years together, replaced as one so that a reader never sees half a change. */
    private record State(NavigableMap<LocalDate, Day> days, Map<Integer, Year> years) {
    }

    private volatile State state;

    private WorkingCalendar(State state) {
        this.state = state;
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
        NavigableMap<LocalDate, Day> days = new TreeMap<>();
        Map<Integer, Year> years = new HashMap<>();
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
                if (text.matches("^[0-9]{4},.*")) {
                    Year year = parseYear(text, number);
                    years.merge(year.year(), year, (a, b) -> new Year(a.year(), b.status(),
                            concat(a.sources(), b.sources())));
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
        return new WorkingCalendar(new State(days, years));
    }

    private static List<Source> concat(List<Source> a, List<Source> b) {
        List<Source> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Year parseYear(String text, int number) {
        String[] cells = text.split(",", 6);
        if (cells.length < 2) {
            throw new IllegalArgumentException("calendar line " + number + ": expected year,status,number,date,issuer,title");
        }
        try {
            int year = Integer.parseInt(cells[0].strip());
            YearStatus status = YearStatus.valueOf(cells[1].strip());
            if (cells.length < 6) {
                return new Year(year, status, List.of());
            }
            String date = cells[3].strip();
            return new Year(year, status, List.of(new Source(blankToNull(cells[2]),
                    date.isEmpty() ? null : LocalDate.parse(date), blankToNull(cells[4]), cells[5].strip())));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("calendar line " + number + ": bad year line: " + text, e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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
            String source = null;
            int bar = name.indexOf(SOURCE_SEPARATOR);
            if (bar >= 0) {
                source = name.substring(bar + SOURCE_SEPARATOR.length()).strip();
                name = name.substring(0, bar).strip();
            }
            requireWeekendIfWorking(date, kind, "calendar line " + number + ": ");
            return new Day(date, kind, name, source);
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

    /** A make-up working day (làm bù) can only be a Saturday or Sunday. */
    public static void requireWeekendIfWorking(LocalDate date, Kind kind, String where) {
        if (kind == Kind.WORKING_SATURDAY && !isWeekend(date)) {
            throw new IllegalArgumentException(where + date + " is WORKING_SATURDAY but is not a Saturday or Sunday");
        }
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /**
     * Replaces one whole year: its status, sources and listed days (an admin's correction, applied in every
     * service). Days outside the year are refused.
     */
    public synchronized void replaceYear(Year year, List<Day> days) {
        for (Day day : days) {
            if (day.date().getYear() != year.year()) {
                throw new IllegalArgumentException(day.date() + " is not in " + year.year());
            }
            requireWeekendIfWorking(day.date(), day.kind(), "");
        }
        State current = state;
        NavigableMap<LocalDate, Day> copy = new TreeMap<>(current.days());
        copy.subMap(LocalDate.of(year.year(), 1, 1), true, LocalDate.of(year.year(), 12, 31), true).clear();
        for (Day day : days) {
            copy.put(day.date(), day);
        }
        Map<Integer, Year> years = new HashMap<>(current.years());
        years.put(year.year(), year);
        state = new State(copy, years);
    }

    /** The year's status and sources; a year nobody entered is {@link YearStatus#DERIVED}. */
    public Year year(int year) {
        return state.years().getOrDefault(year, Year.derived(year));
    }

    /** Whether {@code date} falls in a year not yet confirmed by a Government decision. */
    public boolean isDerived(LocalDate date) {
        return year(date.getYear()).status() == YearStatus.DERIVED;
    }

    /** Every listed day of the year, in date order. */
    public List<Day> days(int year) {
        return List.copyOf(state.days().subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
    }

    /** Whether the day is a working day (ngày làm việc). */
    public boolean isWorkingDay(LocalDate date) {
        Day listed = state.days().get(date);
        if (listed != null) {
            return listed.kind() == Kind.WORKING_SATURDAY;
        }
        return !isWeekend(date);
    }

    /** The listed holiday or make-up day on that date, if any (for messages such as "rơi vào Tết"). */
    public Optional<Day> listed(LocalDate date) {
        return Optional.ofNullable(state.days().get(date));
    }

    /**
     * Where a day's status comes from: its own source, else the year's documents (official) or the Labour
     * Code's rule (derived); an ordinary weekday or weekend follows the working week.
     */
    public String sourceOf(LocalDate date) {
        Day listed = state.days().get(date);
        if (listed == null) {
            return "Tuần làm việc từ thứ Hai đến thứ Sáu";
        }
        if (listed.source() != null && !listed.source().isBlank()) {
            return listed.source();
        }
        Year year = year(date.getYear());
        if (year.status() == YearStatus.OFFICIAL && !year.sources().isEmpty()) {
            Source s = year.sources().get(0);
            return s.number() != null ? s.number() : s.title();
        }
        return DERIVED_SOURCE;
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
