package vn.phoihop.task.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.AssignmentStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One agency's part in one task (nhiệm vụ) of an issued plan: it leads (chủ trì) or cooperates (phối hợp).
 * Plan number, issuer and task title are copied from PlanIssued, so the inbox needs no other service.
 */
@Entity
public class Assignment extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    /** "45/KH-STTTT". */
    @Column(name = "plan_number", nullable = false)
    public String planNumber;

    @Column(name = "issuer_code", nullable = false)
    public String issuerCode;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(name = "task_title", nullable = false)
    public String taskTitle;

    /** The assignee agency: the only one (with the issuer) that may see this assignment. */
    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentRole role;

    /** Report deadline set by the plan; null when the plan sets none. */
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentStatus status;

    /** When the agency confirmed receipt (đã tiếp nhận). */
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    /** When its (latest) report was submitted. */
    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static boolean exists(UUID taskId, String agencyCode) {
        return count("taskId = ?1 and agencyCode = ?2", taskId, agencyCode) > 0;
    }
}
