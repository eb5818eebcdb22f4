package vn.phoihop.task.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the issuer's coordinator asks for: on an on-request obligation of its plan ({@code planId} +
 * {@code obligationId}; the agencies default to those the obligation names), or stand-alone to chosen agencies
 * (báo cáo đột xuất, with the reference of the letter that asks).
 */
public record ReportRequestBody(
        @Schema(description = "the plan whose on-request obligation is requested; absent for a stand-alone request") UUID planId,
        @Schema(description = "the on-request obligation (khi có yêu cầu)") UUID obligationId,
        @Size(max = 200) @Schema(description = "stand-alone: the reference of the letter that asks", examples = "Công văn số 15/STTTT-BCXB") String reference,
        @NotBlank @Size(max = 500) @Schema(examples = "Báo cáo kết quả tuyên truyền phòng, chống mua bán người 9 tháng đầu năm 2026") String title,
        @Size(max = 4000) @Schema(description = "what is asked, briefly") String text,
        @NotNull @Schema(examples = "2026-10-05") LocalDate deadline,
        @Schema(description = "data window (thời gian lấy số liệu)", examples = "2025-12-15") LocalDate dataFrom,
        @Schema(examples = "2026-09-14") LocalDate dataTo,
        @Size(max = 50) List<@Pattern(regexp = "^[A-Z][A-Z0-9_]{1,63}$") String> indicatorCodes,
        @Size(max = 500) List<@NotBlank @Size(max = 64) String> agencyCodes) {
}
