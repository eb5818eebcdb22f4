package vn.phoihop.report.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** One sending (lần gửi) of a report: what it said, when, and what the receiver decided on it. */
@Entity
@Table(name = "report_revision")
public class ReportRevision extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public String summary;

    /** Indicator code to value, in the revision's own table so that consolidation sums it in SQL. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_value", joinColumns = @JoinColumn(name = "revision_id"))
    @MapKeyColumn(name = "code")
    @Column(name = "value", nullable = false)
    public Map<String, BigDecimal> values = new HashMap<>();

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(nullable = false)
    public boolean late;

    /** ACCEPTED or RETURNED; null while waiting. */
    public String decision;

    @Column(name = "reviewer_code")
    public String reviewerCode;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;
}
