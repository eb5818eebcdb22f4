package vn.phoihop.plan.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.phoihop.events.Frequency;
import vn.phoihop.events.ObligationKind;
import vn.phoihop.events.SubmissionRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the document API reads. The views are in {@link PlanViews}. */
public final class PlanDtos {
    static final String CODE = "^[A-Z0-9][A-Z0-9._-]{1,63}$";
    static final String INDICATOR = "^[A-Z][A-Z0-9_]{1,63}$";

    @Schema(description = "A draft document; the issuer is the caller's agency")
    public record NewPlan(
            @Schema(description = "Kind of document; PLAN (Kế hoạch) when absent", examples = "PLAN") DocumentKind kind,
            @Size(max = 40) @Pattern(regexp = "^[\\p{Lu}0-9&]{1,40}$", message = "must be the drafting unit's symbol, e.g. KGVX")
            @Schema(description = "Drafting unit (đơn vị soạn thảo) of an official letter: the VX in 125/UBND-VX", examples = "KGVX")
            String draftingUnit,
            @NotBlank @Size(max = 2000)
            @Schema(description = "Subject (trích yếu); for a letter the text after \"V/v\"",
                    examples = "Thông tin tuyên truyền về Phòng, chống mại dâm năm 2022")
            String subject,
            @Size(max = 120) @Schema(examples = "Điện Biên") String place,
            @Pattern(regexp = "^[0-9]{4}([-–][0-9]{4})?$", message = "must be a year (2022) or a range of years (2021-2025)")
            @Schema(description = "Period: a year or a range of years", examples = "2021-2025") String period,
            List<@NotNull Topic> topics,
            @Valid Signer signer,
            List<@Valid @NotNull LegalBasis> legalBasis,
            List<@Valid @NotNull Target> targets,
            @Valid Reporting reporting,
            List<@Valid @NotNull NewTask> tasks,
            List<@Valid @NotNull Recipient> distribution,
            @Valid GeneralTask generalTask) {
    }

    @Schema(description = "A task (nhiệm vụ). In an amendment, `id` names the task to change.")
    public record NewTask(
            UUID id,
            @NotBlank @Size(max = 2000) @Schema(examples = "Công an tỉnh") String title,
            @Size(max = 20000)
            @Schema(examples = "Phối hợp với Sở TT&TT, cung cấp thông tin chính xác, kịp thời về công tác đấu tranh, Phòng chống mại dâm …")
            String description,
            @Pattern(regexp = "^\\S.*$", message = "must not be blank")
            @Schema(description = "The lead (chủ trì); leave it out when the task is addressed to a group", examples = "DBN.CAT")
            String leadAgencyCode,
            List<@NotBlank String> cooperatingAgencyCodes,
            @Schema(description = "The task's own deadline (hạn hoàn thành)", examples = "2022-06-30") LocalDate deadline,
            List<@Valid @NotNull NewObligation> obligations,
            @Pattern(regexp = CODE) @Schema(description = "An addressee group instead of one lead: at issue the task becomes "
                    + "one task per member, each leading, executing and reporting on its own", examples = "DKN.BAOCHI")
            String addresseeGroupCode) {

        public NewTask(UUID id, String title, String description, String leadAgencyCode, List<String> cooperatingAgencyCodes,
                       LocalDate deadline, List<NewObligation> obligations) {
            this(id, title, description, leadAgencyCode, cooperatingAgencyCodes, deadline, obligations, null);
        }
    }

    @Schema(description = "A report obligation (chế độ báo cáo): once, periodic or on request")
    public record NewObligation(
            UUID id,
            @NotNull ObligationKind kind,
            @Size(max = 2000) @Schema(examples = "Báo cáo kết quả 6 tháng đầu năm") String title,
            @Schema(description = "ONCE: the deadline as written (trước ngày …)", examples = "2023-09-28") LocalDate deadline,
            @Schema(description = "ONCE: first day of the data window (lấy số liệu từ ngày …)", examples = "2023-07-07") LocalDate dataFrom,
            @Schema(description = "ONCE: last day of the data window", examples = "2023-09-30") LocalDate dataTo,
            @Schema(description = "PERIODIC: how often") Frequency frequency,
            @Schema(description = "PERIODIC: overrides the document's submission rule") SubmissionRule submissionRule,
            @Min(0) @Max(366) Integer submissionDays,
            @Pattern(regexp = CODE) @Schema(description = "Whom the lead reports to", examples = "DKN.STTTT") String reportToCode,
            @Pattern(regexp = CODE) @Schema(description = "Who consolidates (tổng hợp)", examples = "DKN.STTTT") String consolidatorCode,
            @Pattern(regexp = CODE) @Schema(description = "To whom the consolidator reports", examples = "DKN.BCD138") String upwardToCode,
            @Min(0) @Max(60) Integer cooperatingLeadWorkingDays,
            List<@NotNull @Pattern(regexp = INDICATOR) String> indicatorCodes) {
    }

    @Schema(description = "A measurable target (chỉ tiêu)")
    public record Target(
            @NotBlank @Pattern(regexp = INDICATOR, message = "must be upper-case letters, digits and _, e.g. COMMUNES_REACHED")
            @Schema(examples = "COMMUNES_REACHED") String indicatorCode,
            @NotBlank @Size(max = 4000)
            @Schema(examples = "100% các xã, phường, thị trấn tổ chức các hoạt động tuyên truyền") String description,
            @Schema(examples = "100") BigDecimal goalValue,
            @Size(max = 40) @Schema(examples = "%") String unit) {
    }

    @Schema(description = "An upper document this one implements (căn cứ, thực hiện): in the system (planId) or cited")
    public record LegalBasis(
            @NotBlank @Size(max = 4000)
            @Schema(examples = "Thực hiện Kế hoạch số 451/KH-UBND ngày 22/02/2022 về Kế hoạch Phòng, chống mại dâm năm 2022.")
            String text,
            @Size(max = 80) @Schema(examples = "451/KH-UBND") String number,
            @Schema(examples = "2022-02-22") LocalDate date,
            @Size(max = 300) @Schema(examples = "Ủy ban nhân dân tỉnh Điện Biên") String issuer,
            @Size(max = 2000) @Schema(examples = "Kế hoạch Phòng, chống mại dâm năm 2022") String title,
            @Schema(description = "The upper document when it is in the system: makes this document its child in the plan tree")
            UUID planId,
            @Schema(description = "The task of the upper document this one implements") UUID taskId) {
    }

    @Schema(description = "Signature block: authority lines (KT., TM., TL. …), title and name")
    public record Signer(
            List<@NotBlank @Pattern(regexp = "^(KT|TM|TL|TUQ|Q)\\. .+", message = "must start with KT., TM., TL., TUQ. or Q.") String> authority,
            @Size(max = 120) @Schema(examples = "PHÓ GIÁM ĐỐC") String title,
            @Size(max = 120) @Schema(examples = "Nguyễn Hùng Cường") String name) {
    }

    @Schema(description = "The document's rule for periodic reports (Decree 09/2019 windows; the deadline is the document's)")
    public record Reporting(@NotNull SubmissionRule submissionRule, @NotNull @Min(0) @Max(366) Integer submissionDays) {
    }

    @Schema(description = "A recipient line of Nơi nhận: the name as written, the agencies it stands for, and the mark")
    public record Recipient(
            @NotBlank @Size(max = 500) @Schema(examples = "Trung tâm VH,TT-TH các huyện,TX,TP") String name,
            List<@NotBlank String> agencyCodes,
            @Schema(examples = "EXECUTE") Purpose purpose,
            @Pattern(regexp = CODE) @Schema(description = "An addressee group the line names (\"Các cơ quan báo chí\"): "
                    + "at issue its members join agencyCodes", examples = "DKN.BAOCHI") String groupCode) {

        public Recipient(String name, List<String> agencyCodes, Purpose purpose) {
            this(name, agencyCodes, purpose, null);
        }
    }

    @Schema(description = "The task an execute (t/h) or cooperate (p/h) recipient without its own task gets when the document is issued")
    public record GeneralTask(
            @NotBlank @Size(max = 2000) @Schema(examples = "Căn cứ Kế hoạch, chủ động triển khai thực hiện") String title,
            @Size(max = 20000) String description,
            @Schema(description = "The document's own report obligations (\"báo cáo về Sở trước ngày …\"): every "
                    + "recipient given the general task reports under them")
            List<@Valid @NotNull NewObligation> obligations) {

        public GeneralTask(String title, String description) {
            this(title, description, List.of());
        }
    }

    @Schema(description = "Issue a draft. Without a body the number is allocated today. With `number` and `issuedOn` a "
            + "document already issued on paper is registered with its own number.")
    public record IssueRequest(
            @Size(max = 80) @Schema(examples = "4256/KH-UBND") String number,
            @Schema(examples = "2021-12-20") LocalDate issuedOn) {
    }

    @Schema(description = "Revocation (thu hồi) of a document in force")
    public record RevokeRequest(@NotBlank @Size(max = 4000) @Schema(examples = "Thay thế bằng Kế hoạch số 12/KH-STTTT") String reason) {
    }

    private PlanDtos() {
    }
}
