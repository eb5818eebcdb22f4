package vn.phoihop.task.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A minimal iCalendar (RFC 5545) writer for all-day events: CRLF line ends, TEXT escaping (backslash,
 * semicolon, comma, newline; section 3.3.11) and folding of lines longer than 75 octets without splitting
 * a UTF-8 character (section 3.1). Enough for a subscribed feed of deadlines; no library needed.
 */
final class IcsWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    IcsWriter begin(String productId, String calendarName) {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:" + productId);
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + text(calendarName));
        line("X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
        return this;
    }

    /** An all-day event on {@code day} (DTEND is the next day, exclusive). */
    IcsWriter allDayEvent(String uid, Instant stamp, LocalDate day, String summary, String description, String categories) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + STAMP.format(stamp));
        line("DTSTART;VALUE=DATE:" + DATE.format(day));
        line("DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
        line("SUMMARY:" + text(summary));
        if (description != null) {
            line("DESCRIPTION:" + text(description));
        }
        if (categories != null) {
            line("CATEGORIES:" + text(categories));
        }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
        return this;
    }

    String end() {
        line("END:VCALENDAR");
        return out.toString();
    }

    /** TEXT value escaping of RFC 5545 section 3.3.11. */
    static String text(String value) {
        StringBuilder s = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case ';' -> s.append("\\;");
                case ',' -> s.append("\\,");
                case '\n' -> s.append("\\n");
                case '\r' -> {
                    // CRLF and lone CR become one \n
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        s.append("\\n");
                    }
                }
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** Writes one content line, folded at 75 octets: CRLF then a space before each continuation. */
    private void line(String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1; // the leading space counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
