package vn.phoihop.report.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.phoihop.events.AssignmentRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An assignment an agency may report on, as task-service announced it (TaskAssigned). This service's
 * own copy: it may lag behind task-service for a moment, never reads its database.
 */
@Entity
@Table(name = "reportable_assignment")
public class ReportableAssignment extends PanacheEntityBase {
    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    /** Number and symbol of the plan, e.g. "45/KH-STTTT". */
    @Column(name = "plan_number", nullable = false)
    public String planNumber;

    /** The agency that issued the plan and receives the reports. */
    @Column(name = "issuer_code", nullable = false)
    public String issuerCode;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(name = "task_title", nullable = false)
    public String taskTitle;

    /** The assignee agency, the only one that may report. */
    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    /** Lead (chủ trì) or cooperating (phối hợp). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentRole role;

    /** Report deadline; null when the plan sets none ("khi có yêu cầu"). */
    public LocalDate deadline;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
