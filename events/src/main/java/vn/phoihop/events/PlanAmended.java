package vn.phoihop.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An issued plan was amended (sửa đổi, bổ sung). Says exactly what changed, so that task-service can
 * reconcile: new assignments for added tasks and agencies, cancelled ones for removed tasks and agencies,
 * moved deadlines. Key: plan id.
 *
 * @param version        the plan's version after this amendment (2 for the first); consumers ignore a version
 *                       they have already applied
 * @param tasksAdded     tasks that did not exist before, in full
 * @param tasksRemoved   ids of tasks that no longer exist
 * @param tasksChanged   tasks whose content changed, in full as they are now (agencies, obligations, deadline)
 * @param deadlinesMoved each deadline that moved, for tasks in {@code tasksChanged}
 * @param targets        the plan's targets as they are now
 * @param parts          how many parts carry the changed tasks: this event is part 1, parts 2..n follow as
 *                       {@link PlanTasksPart} with the same key and version; null means 1
 */
public record PlanAmended(
        UUID planId,
        String number,
        String issuerCode,
        int version,
        LocalDate amendedOn,
        String reason,
        List<PlanIssued.Task> tasksAdded,
        List<UUID> tasksRemoved,
        List<PlanIssued.Task> tasksChanged,
        List<DeadlineMoved> deadlinesMoved,
        List<PlanIssued.Target> targets,
        Integer parts) {

    /** An amendment whose changes all travel in this one event. */
    public PlanAmended(UUID planId, String number, String issuerCode, int version, LocalDate amendedOn, String reason,
                       List<PlanIssued.Task> tasksAdded, List<UUID> tasksRemoved, List<PlanIssued.Task> tasksChanged,
                       List<DeadlineMoved> deadlinesMoved, List<PlanIssued.Target> targets) {
        this(planId, number, issuerCode, version, amendedOn, reason, tasksAdded, tasksRemoved, tasksChanged, deadlinesMoved,
                targets, 1);
    }

    /** A deadline that moved: of the task itself ({@code obligationId} null) or of a one-off obligation. */
    public record DeadlineMoved(UUID taskId, UUID obligationId, LocalDate from, LocalDate to) {
    }
}
