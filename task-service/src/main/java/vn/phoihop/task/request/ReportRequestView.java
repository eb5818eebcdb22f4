package vn.phoihop.task.request;

import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.task.assignment.Assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A request and the assignments it dated, as its issuer sees it. */
public record ReportRequestView(UUID id, String issuerCode, UUID planId, String planNumber, UUID taskId, UUID obligationId,
                                boolean standAlone, String periodKey, String title, String text, LocalDate deadline,
                                LocalDate dataFrom, LocalDate dataTo, List<String> indicatorCodes, List<String> agencyCodes,
                                ReportRequest.Status status, Instant createdAt, String createdBy, Instant withdrawnAt,
                                String withdrawReason, List<Part> assignments) {

    /** One agency's assignment for the request. */
    public record Part(UUID assignmentId, String agencyCode, AssignmentRole role, LocalDate deadline, AssignmentStatus status) {
    }

    static ReportRequestView of(ReportRequest r) {
        List<Part> parts = Assignment.<Assignment>list("planId = ?1 and periodKey = ?2", r.planId, r.periodKey).stream()
                .sorted(java.util.Comparator.comparing((Assignment a) -> a.role).thenComparing(a -> a.agencyCode))
                .map(a -> new Part(a.id, a.agencyCode, a.role, a.deadline, a.status)).toList();
        return new ReportRequestView(r.id, r.issuerCode, r.planId, r.planNumber, r.taskId, r.obligationId, r.standAlone(),
                r.periodKey, r.title, r.body, r.deadline, r.dataFrom, r.dataTo, List.copyOf(r.indicatorCodes),
                List.copyOf(r.agencyCodes), r.status, r.createdAt, r.createdBy, r.withdrawnAt, r.withdrawReason, parts);
    }
}
