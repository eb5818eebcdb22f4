package vn.phoihop.task.assignment;

import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.AssignmentStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An assignment as the REST API shows it. */
public record AssignmentView(UUID id, UUID planId, String planNumber, String issuerCode, UUID taskId, String taskTitle,
                             String agencyCode, AssignmentRole role, LocalDate deadline, AssignmentStatus status,
                             Instant acknowledgedAt, Instant submittedAt) {

    public static AssignmentView of(Assignment a) {
        return new AssignmentView(a.id, a.planId, a.planNumber, a.issuerCode, a.taskId, a.taskTitle, a.agencyCode,
                a.role, a.deadline, a.status, a.acknowledgedAt, a.submittedAt);
    }
}
