package vn.phoihop.plan.agency.reorganisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored reorganisation: SCHEDULED until its effective date, then APPLIED (or FAILED, or CANCELLED). */
@Entity
@Table(name = "agency_reorganisation")
public class Reorganisation extends PanacheEntityBase {
    public enum Status { SCHEDULED, APPLIED, FAILED, CANCELLED }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReorganisationKind kind;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String decision;

    /** The request as JSON, so that a scheduled one is applied exactly as it was asked for. */
    @Column(nullable = false)
    public String request;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "applied_at")
    public Instant appliedAt;

    /** Why a scheduled one could not be applied on its date (e.g. the agency had ended meanwhile). */
    public String failure;
}
