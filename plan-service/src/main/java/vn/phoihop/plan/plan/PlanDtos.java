package vn.phoihop.plan.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the plan API reads and writes. */
public final class PlanDtos {

    @Schema(description = "A draft plan; the issuer is the caller's agency")
    public record NewPlan(
            @NotBlank @Size(max = 2000)
            @Schema(examples = "Thông tin, tuyên truyền phòng, chống mua bán người trên địa bàn tỉnh Đắk Nông năm 2020")
            String subject,
            @Size(max = 120) @Schema(examples = "Đắk Nông") String place,
            @NotEmpty List<@Valid @NotNull NewTask> tasks) {
    }

    public record NewTask(
            @NotBlank @Size(max = 2000) @Schema(examples = "Các cơ quan báo chí trên địa bàn tỉnh") String title,
            @Size(max = 20000)
            @Schema(examples = "Định kỳ hàng quý, 6 tháng, 01 năm báo cáo tình hình, kết quả thực hiện gửi Sở Thông tin và Truyền thông để tổng hợp báo cáo Ban Chỉ đạo 138 tỉnh theo yêu cầu.")
            String description,
            @NotBlank @Schema(examples = "DKN.DAIPTTH") String leadAgencyCode,
            List<@NotBlank String> cooperatingAgencyCodes,
            @Schema(examples = "2020-06-20") LocalDate deadline) {
    }

    public record PlanView(UUID id, String issuerCode, String number, String subject, String place,
                           Plan.Status status, LocalDate issuedOn, List<TaskView> tasks) {
        static PlanView of(Plan plan) {
            return new PlanView(plan.id, plan.issuerCode, plan.number, plan.subject, plan.place, plan.status,
                    plan.issuedOn, plan.tasks.stream().map(TaskView::of).toList());
        }
    }

    public record TaskView(UUID id, String title, String description, String leadAgencyCode,
                           List<String> cooperatingAgencyCodes, LocalDate deadline) {
        static TaskView of(PlanTask t) {
            return new TaskView(t.id, t.title, t.description, t.leadAgencyCode, List.copyOf(t.cooperatingAgencyCodes), t.deadline);
        }
    }

    private PlanDtos() {
    }
}
