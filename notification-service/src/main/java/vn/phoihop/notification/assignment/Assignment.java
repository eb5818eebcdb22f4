package vn.phoihop.notification.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * This service's own projection of an assignment (giao nhiệm vụ), built from task and report events:
 * just what reminders need. A stop event may arrive before TaskAssigned (another topic), so every field
 * but the id and status may still be empty.
 */
@Entity
public class Assignment extends PanacheEntityBase {
    public enum Status { OPEN, DONE, CANCELLED }

    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "plan_number")
    public String planNumber;

    @Column(name = "task_title")
    public String taskTitle;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "issuer_code")
    public String issuerCode;

    @Column(name = "report_to_code")
    public String reportToCode;

    @Column(name = "obligation_id")
    public UUID obligationId;

    @Column(name = "period_key")
    public String periodKey;

    @Column(name = "period_label")
    public String periodLabel;

    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Known from TaskAssigned (not only a stub made by an early stop event). */
    public boolean known() {
        return agencyCode != null;
    }

    public boolean open() {
        return status == Status.OPEN && known();
    }
}
