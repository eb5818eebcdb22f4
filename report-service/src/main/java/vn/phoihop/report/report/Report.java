package vn.phoihop.report.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report (báo cáo) of one agency on one assignment, i.e. one obligation and period. Its content lives in
 * its revisions; this row says which revision is the latest and where the review stands.
 */
@Entity
public class Report extends PanacheEntityBase {
    public enum Status {
        /** Waiting for the receiver's review. */
        SUBMITTED,
        /** Sent back with a comment; the agency sends a new revision. */
        RETURNED,
        /** Final: no more revisions. */
        ACCEPTED
    }

    @Id
    public UUID id;

    @Column(name = "assignment_id", nullable = false, unique = true)
    public UUID assignmentId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    /** The reporting agency. */
    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    /** The agency that issued the plan. */
    @Column(name = "issuer_code", nullable = false)
    public String issuerCode;

    /** Who reviews it: the assignment's reportToCode (the lead, for a cooperating agency), else the issuer. */
    @Column(name = "receiver_code", nullable = false)
    public String receiverCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Number of the latest revision, the one consolidation counts. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "first_submitted_at", nullable = false)
    public Instant firstSubmittedAt;

    /** The latest revision was sent after the deadline day. */
    @Column(nullable = false)
    public boolean late;

    public ReportRevision latest() {
        return ReportRevision.find("reportId = ?1 and revision = ?2", id, revision).firstResult();
    }

    public List<ReportRevision> revisions() {
        return ReportRevision.list("reportId = ?1 order by revision", id);
    }
}
