package vn.phoihop.console.web;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times and numbers as Vietnamese offices write them: 30/06/2020, 08:00 30/06/2020 in
 * Asia/Ho_Chi_Minh, 1.234,5. Used by the templates as {@code {fmt:date(x)}}, {@code {fmt:time(x)}}.
 */
@TemplateExtension(namespace = "fmt")
public final class Formats {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Formats() {
    }

    /** A date (2020-06-30) or an instant (2020-06-29T17:00:00Z, the day in Việt Nam) as dd/mm/yyyy; "" when absent. */
    public static String date(Object value) {
        if (absent(value)) {
            return "";
        }
        String s = value.toString();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).format(DATE);
            }
            return instant(s).atZone(ZONE).format(DATE);
        } catch (RuntimeException e) {
            return s;
        }
    }

    /** An instant as HH:mm dd/mm/yyyy in Asia/Ho_Chi_Minh. */
    public static String time(Object value) {
        if (absent(value)) {
            return "";
        }
        try {
            return instant(value.toString()).atZone(ZONE).format(TIME);
        } catch (RuntimeException e) {
            return value.toString();
        }
    }

    /** An instant as HH:mm:ss in Asia/Ho_Chi_Minh (the event flow). */
    public static String clock(Object value) {
        if (absent(value)) {
            return "";
        }
        try {
            return instant(value.toString()).atZone(ZONE).format(CLOCK);
        } catch (RuntimeException e) {
            return value.toString();
        }
    }

    /** 1234.5 as 1.234,5. */
    public static String number(Object value) {
        if (absent(value)) {
            return "";
        }
        try {
            BigDecimal n = new BigDecimal(value.toString()).stripTrailingZeros();
            NumberFormat f = NumberFormat.getNumberInstance(VI);
            f.setMaximumFractionDigits(4);
            return f.format(n);
        } catch (NumberFormatException e) {
            return value.toString();
        }
    }

    /** A byte count as 12 KB / 1,2 MB. */
    public static String size(Object bytes) {
        long n = bytes instanceof Number num ? num.longValue() : 0;
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return Math.round(n / 1024.0) + " KB";
        }
        return number(BigDecimal.valueOf(n / (1024.0 * 1024.0)).setScale(1, java.math.RoundingMode.HALF_UP)) + " MB";
    }

    /** The value an {@code <input type="date">} takes (yyyy-mm-dd). */
    public static String isoDate(Object value) {
        return absent(value) ? "" : value.toString().length() >= 10 ? value.toString().substring(0, 10) : value.toString();
    }

    /** Null, blank, or a property the service left out (Qute passes its "not found" marker). */
    static boolean absent(Object value) {
        return value == null || value instanceof io.quarkus.qute.Results.NotFound || value.toString().isBlank();
    }

    static Instant instant(String s) {
        if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return OffsetDateTime.parse(s).toInstant();
        }
        return ZonedDateTime.of(java.time.LocalDateTime.parse(s), ZONE).toInstant();
    }
}
