package vn.phoihop.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An admin entered or corrected one year of the working calendar (lịch nghỉ lễ, Tết, ngày làm bù), kept by
 * plan-service with the other reference data. Carries the whole year as it is now, so a consumer replaces its
 * copy of that year; {@code version} grows with every change of the year, so an older one is ignored.
 * Key: {@code calendar-<year>}.
 *
 * @param status  OFFICIAL (from the Government's decision or notice) or DERIVED (by the Labour Code's rules,
 *                not yet confirmed)
 * @param sources the documents the year follows (decision, notice, letter), each with number and date
 * @param days    every listed day of the year: HOLIDAY (nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi) or
 *                WORKING_SATURDAY (làm bù on a weekend); any other weekday is a working day
 */
public record CalendarChanged(
        int year,
        String status,
        List<Source> sources,
        List<Day> days,
        int version,
        Instant changedAt,
        String changedBy) {

    /** A document the year follows, e.g. Công văn số 12729/VPCP-KGVX ngày 25/12/2025. */
    public record Source(String number, LocalDate date, String issuer, String title) {
    }

    /** One listed day and the document (or rule) it comes from. */
    public record Day(LocalDate date, String kind, String name, String source) {
    }
}
