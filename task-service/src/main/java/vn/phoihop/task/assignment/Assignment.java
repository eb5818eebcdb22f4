package vn.phoihop.task.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.platform.calendar.DeadlinePolicy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One agency's part in one task (nhiệm vụ) of an issued plan for one report obligation and period
 * (kỳ báo cáo): it leads (chủ trì) or cooperates (phối hợp). Plan number, issuer and task title are copied
 * from the plan events, so the inbox needs no other service.
 */
@Entity
public class Assignment extends PanacheEntityBase {
    /** Still waiting for the agency's work: may become overdue, be cancelled or move to a successor. */
    public static final Set<AssignmentStatus> OPEN = EnumSet.of(AssignmentStatus.ASSIGNED, AssignmentStatus.ACKNOWLEDGED,
            AssignmentStatus.IN_PROGRESS, AssignmentStatus.RETURNED);
    /** A report was sent (and maybe accepted). */
    public static final Set<AssignmentStatus> DONE = EnumSet.of(AssignmentStatus.SUBMITTED, AssignmentStatus.ACCEPTED);

    @Id
    public UUID id;

    /**
     * Optimistic lock: REST (the agency), report events and the overdue detector all write assignments. A write
     * from a stale read fails: a consumer retries it, the API answers 409.
     */
    @Version
    public long version;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    /** "4256/KH-UBND". */
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

    /** The report obligation answered, null for a task without one. */
    @Column(name = "obligation_id")
    public UUID obligationId;

    /** 2021-Q1, 2021-M03, 2021-H1, 2021 or ONCE. */
    @Column(name = "period_key", nullable = false)
    public String periodKey;

    /** "Quý I/2021". */
    @Column(name = "period_label")
    public String periodLabel;

    @Column(name = "data_from")
    public LocalDate dataFrom;

    @Column(name = "data_to")
    public LocalDate dataTo;

    /** Report deadline of this agency; null when the plan sets none. */
    public LocalDate deadline;

    /**
     * When the deadline passes in Vietnam: the end of its last day, which under the Civil Code's rule (art. 148(5),
     * {@link DeadlinePolicy}) is the next working day when the written day is a day off. From then on, with
     * nothing submitted, the assignment is overdue.
     */
    @Column(name = "due_at")
    public Instant dueAt;

    /** Whom this agency reports to: the lead for a cooperating agency, the plan's receiver for the lead. */
    @Column(name = "report_to_code")
    public String reportToCode;

    @Column(name = "lead_agency_code")
    public String leadAgencyCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "indicator_codes", nullable = false)
    public List<String> indicatorCodes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentStatus status;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    /** When its latest report (revision) was submitted. */
    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** When its first report was submitted: decides on time or late. */
    @Column(name = "first_submitted_at")
    public Instant firstSubmittedAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    /** The receiver's comment when it returned the report (trả lại). */
    @Column(name = "returned_comment")
    public String returnedComment;

    /** When the overdue detector found it overdue (once). */
    @Column(name = "overdue_at")
    public Instant overdueAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "transferred_from")
    public String transferredFrom;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Sets the written deadline and the instant it passes under the deadline policy. */
    public void deadline(LocalDate deadline, DeadlinePolicy policy) {
        this.deadline = deadline;
        this.dueAt = policy.dueAt(deadline);
    }

    public boolean isOpen() {
        return OPEN.contains(status);
    }

    public static List<Assignment> ofTask(UUID taskId) {
        return list("taskId", taskId);
    }
}
