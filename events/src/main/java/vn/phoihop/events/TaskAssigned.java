package vn.phoihop.events;

import java.time.LocalDate;
import java.util.UUID;

/** An agency received an assignment: one per (task, agency). Keyed by {@code agencyCode}. */
public record TaskAssigned(
        UUID assignmentId,
        UUID planId,
        String planNumber,
        String issuerCode,
        UUID taskId,
        String taskTitle,
        String agencyCode,
        AssignmentRole role,
        LocalDate deadline) {
}
