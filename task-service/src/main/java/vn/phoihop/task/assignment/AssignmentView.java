package vn.phoihop.task.assignment;

import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.AssignmentStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An assignment as the REST API shows it, with its bucket at the time of the request. {@code deadline} is the date
 * as written; {@code dueAt} the instant it passes (after a written day off, the end of the next working day).
 */
public record AssignmentView(UUID id, UUID planId, String planNumber, String issuerCode, UUID taskId, String taskTitle,
                             String agencyCode, AssignmentRole role, UUID obligationId, String periodKey,
                             String periodLabel, LocalDate dataFrom, LocalDate dataTo, LocalDate deadline,
                             String reportToCode, String leadAgencyCode, List<String> indicatorCodes,
                             AssignmentStatus status, Bucket bucket, Instant acknowledgedAt, Instant submittedAt,
                             Instant firstSubmittedAt, Instant acceptedAt, String returnedComment, Instant overdueAt,
                             Instant cancelledAt, String cancelReason, String transferredFrom, Instant dueAt) {

    public static AssignmentView of(Assignment a, Instant now) {
        return new AssignmentView(a.id, a.planId, a.planNumber, a.issuerCode, a.taskId, a.taskTitle, a.agencyCode,
                a.role, a.obligationId, a.periodKey, a.periodLabel, a.dataFrom, a.dataTo, a.deadline, a.reportToCode,
                a.leadAgencyCode, List.copyOf(a.indicatorCodes), a.status, Bucket.of(a, now), a.acknowledgedAt,
                a.submittedAt, a.firstSubmittedAt, a.acceptedAt, a.returnedComment, a.overdueAt, a.cancelledAt,
                a.cancelReason, a.transferredFrom, a.dueAt);
    }
}
