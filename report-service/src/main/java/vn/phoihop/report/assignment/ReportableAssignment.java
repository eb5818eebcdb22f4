package vn.phoihop.report.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.phoihop.events.AssignmentRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An assignment an agency may report on, as task-service announced it (TaskAssigned) and later changed it
 * (cancelled, rescheduled, transferred). One per (task, agency, obligation, period). This service's own copy:
 * it may lag behind task-service for a moment, never reads its database.
 */
@Entity
@Table(name = "reportable_assignment")
public class ReportableAssignment extends PanacheEntityBase {
    public static final String OPEN = "OPEN";
    public static final String CANCELLED = "CANCELLED";

    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    /** Number and symbol of the plan, e.g. "45/KH-STTTT". */
    @Column(name = "plan_number", nullable = false)
    public String planNumber;

    /** The agency that issued the plan. */
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

    @Column(name = "obligation_id")
    public UUID obligationId;

    /** {@code 2020-Q2}, {@code 2020-M03}, {@code 2020-H1}, {@code 2020} or {@code ONCE}. */
    @Column(name = "period_key", nullable = false)
    public String periodKey;

    /** "Quý II/2020". */
    @Column(name = "period_label")
    public String periodLabel;

    @Column(name = "data_from")
    public LocalDate dataFrom;

    @Column(name = "data_to")
    public LocalDate dataTo;

    /** Whom this agency reports to: the lead for a cooperating agency, the plan's receiver for the lead. */
    @Column(name = "report_to_code")
    public String reportToCode;

    @Column(name = "lead_agency_code")
    public String leadAgencyCode;

    /** Indicators the obligation asks for; empty when it names none. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "indicator_codes", nullable = false)
    public List<String> indicatorCodes = List.of();

    /** OPEN or CANCELLED. */
    @Column(nullable = false)
    public String state = OPEN;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "previous_agency_code")
    public String previousAgencyCode;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** Who reviews this agency's report: the named receiver, or the plan's issuer. */
    public String receiverCode() {
        return reportToCode != null ? reportToCode : issuerCode;
    }

    public boolean cancelled() {
        return CANCELLED.equals(state);
    }
}
