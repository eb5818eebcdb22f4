package vn.phoihop.plan.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An amendment (sửa đổi, bổ sung) of a document in force, as explicit changes. */
public final class AmendmentDtos {

    @Schema(description = "What the amendment changes; anything not named stays as it was")
    public record Amendment(
            @NotBlank @Size(max = 4000) @Schema(examples = "Điều chỉnh thời hạn báo cáo theo Công văn số 1234/UBND-KGVX") String reason,
            @Schema(description = "New tasks (no id)") List<PlanDtos.@Valid @NotNull NewTask> addTasks,
            @Schema(description = "Ids of tasks that no longer exist") List<@NotNull UUID> removeTasks,
            @Schema(description = "Tasks rewritten in full; id names the task, obligations keep the ids they name")
            List<PlanDtos.@Valid @NotNull NewTask> changeTasks,
            @Schema(description = "Deadlines moved: of a task, or of one of its one-off obligations")
            List<@Valid @NotNull DeadlineMove> moveDeadlines,
            @Schema(description = "The targets as they now read; absent keeps them") List<PlanDtos.@Valid @NotNull Target> targets) {
    }

    public record DeadlineMove(@NotNull UUID taskId, UUID obligationId, @NotNull @Schema(examples = "2022-07-15") LocalDate to) {
    }

    private AmendmentDtos() {
    }
}
