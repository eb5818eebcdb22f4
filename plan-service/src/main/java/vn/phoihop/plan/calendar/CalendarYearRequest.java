package vn.phoihop.plan.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.phoihop.platform.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A year of the working calendar as an admin enters it from the Government's decision: every day off
 * (nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi) and every make-up working weekend day (làm bù), with the documents.
 */
public record CalendarYearRequest(
        @NotNull @Schema(description = "OFFICIAL: from the Government's decision (needs a source with number and date); "
                + "DERIVED: by the Labour Code's rules, not yet confirmed") WorkingCalendar.YearStatus status,
        @NotNull @Size(max = 10) @Valid List<SourceEntry> sources,
        @NotNull @Size(max = 60) @Valid List<DayEntry> days) {

    /** A document: "Công văn số 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ". */
    public record SourceEntry(
            @Size(max = 100) @Schema(examples = "12729/VPCP-KGVX") String number,
            @Schema(examples = "2025-12-25") LocalDate date,
            @Size(max = 300) @Schema(examples = "Văn phòng Chính phủ") String issuer,
            @NotNull @Size(min = 1, max = 500) @Schema(examples = "Công văn về việc nghỉ Tết Dương lịch năm 2026") String title) {
    }

    /** A listed day; {@code source} names the document it comes from (the number of one of the sources). */
    public record DayEntry(
            @NotNull LocalDate date,
            @NotNull WorkingCalendar.Kind kind,
            @NotNull @Size(min = 1, max = 300) String name,
            @Size(max = 500) String source) {
    }
}
