package vn.phoihop.plan.progress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.phoihop.events.AssignmentStatus;

import java.time.Instant;
import java.util.UUID;

/** Where one assignment of a plan stands, as task-service's events tell it (our own projection). */
@Entity
@Table(name = "assignment_progress")
public class AssignmentProgress extends PanacheEntityBase {
    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentStatus status;

    /** Its deadline passed with nothing submitted (quá hạn); counts only while it is still open. */
    @Column(nullable = false)
    public boolean overdue;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The row for this assignment, created when an event about it comes first. */
    static AssignmentProgress of(UUID assignmentId, UUID planId, String agencyCode, Instant now) {
        AssignmentProgress row = findById(assignmentId);
        if (row == null) {
            row = new AssignmentProgress();
            row.assignmentId = assignmentId;
            row.planId = planId;
            row.agencyCode = agencyCode;
            row.status = AssignmentStatus.ASSIGNED;
            row.updatedAt = now;
            row.persist();
        }
        return row;
    }
}
