package vn.phoihop.report.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A report (báo cáo) of one agency on one assignment: a narrative and indicator values. */
@Entity
public class Report extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "assignment_id", nullable = false, unique = true)
    public UUID assignmentId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    /** The reporting agency. */
    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    /** The agency that issued the plan and receives the report. */
    @Column(name = "issuer_code", nullable = false)
    public String issuerCode;

    @Column(nullable = false)
    public String summary;

    /** Indicator code (e.g. {@code articles}, {@code broadcast_minutes}) to its value. */
    @ElementCollection
    @CollectionTable(name = "report_indicator", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "code")
    @Column(name = "value", nullable = false)
    public Map<String, BigDecimal> indicators = new HashMap<>();

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** Submitted on a day (Vietnam time) after the assignment's deadline. */
    @Column(nullable = false)
    public boolean late;
}
