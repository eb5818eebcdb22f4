package vn.phoihop.report.report;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** What the report API reads and writes. */
public final class ReportDtos {
    /** Indicator codes: short, lower-case, stable across agencies so that they can be summed. */
    public static final String INDICATOR_CODE = "[a-z0-9_.-]{1,64}";

    @Schema(description = "A report on one of the caller agency's assignments")
    public record NewReport(
            @NotNull UUID assignmentId,
            @NotBlank @Size(max = 20000)
            @Schema(examples = "Quý II/2020: Báo Đắk Nông đăng 12 tin, bài về phòng, chống mua bán người")
            String summary,
            @Size(max = 200)
            @Schema(description = "Indicator code to value, e.g. {\"articles\": 12, \"broadcast_minutes\": 45}")
            Map<@NotNull @Pattern(regexp = INDICATOR_CODE, message = "must be 1-64 of a-z, 0-9, '_', '.', '-'") String,
                    @NotNull @DecimalMin(value = "0", message = "must be 0 or more")
                    @Digits(integer = 15, fraction = 4) BigDecimal> indicators) {
    }

    public record ReportView(UUID id, UUID assignmentId, UUID planId, String agencyCode, String issuerCode,
                             String summary, Map<String, BigDecimal> indicators, Instant submittedAt, boolean late) {
        static ReportView of(Report r) {
            return new ReportView(r.id, r.assignmentId, r.planId, r.agencyCode, r.issuerCode, r.summary,
                    plain(r.indicators), r.submittedAt, r.late);
        }

        /** 12 rather than 12.0000 (the column's scale), in code order. */
        private static Map<String, BigDecimal> plain(Map<String, BigDecimal> indicators) {
            Map<String, BigDecimal> plain = new TreeMap<>();
            indicators.forEach((code, value) -> {
                BigDecimal stripped = value.stripTrailingZeros();
                plain.put(code, stripped.scale() < 0 ? stripped.setScale(0) : stripped);
            });
            return plain;
        }
    }

    private ReportDtos() {
    }
}
