package vn.phoihop.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agency received an assignment: one per (task, agency, obligation, period). Keyed by {@code agencyCode}.
 *
 * @param obligationId   the report obligation this assignment answers, null for a task without one
 * @param periodKey      the period: {@code 2021-Q1}, {@code 2021-M03}, {@code 2021-H1}, {@code 2021}, {@code ONCE}
 * @param periodLabel    the period as people write it: "Quý I/2021", "Tháng 3/2021", "6 tháng đầu năm 2021"
 * @param dataFrom       first day of the data window (số liệu từ ngày)
 * @param dataTo         last day of the data window (cut-off)
 * @param reportToCode   whom this agency reports to: the lead agency for a cooperating agency, the plan's
 *                       receiver for the lead
 * @param leadAgencyCode the task's lead agency (chủ trì)
 * @param indicatorCodes indicators the report must give values for
 */
public record TaskAssigned(
        UUID assignmentId,
        UUID planId,
        String planNumber,
        String issuerCode,
        UUID taskId,
        String taskTitle,
        String agencyCode,
        AssignmentRole role,
        LocalDate deadline,
        UUID obligationId,
        String periodKey,
        String periodLabel,
        LocalDate dataFrom,
        LocalDate dataTo,
        String reportToCode,
        String leadAgencyCode,
        List<String> indicatorCodes) {

    /** The payload of the first contract version: one assignment per (task, agency), no period. */
    public TaskAssigned(UUID assignmentId, UUID planId, String planNumber, String issuerCode, UUID taskId,
                        String taskTitle, String agencyCode, AssignmentRole role, LocalDate deadline) {
        this(assignmentId, planId, planNumber, issuerCode, taskId, taskTitle, agencyCode, role, deadline,
                null, "ONCE", null, null, null, null, null, List.of());
    }
}
