package vn.phoihop.task.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** What this service knows of an issued plan: enough to date its periods and to apply amendments in order. */
@Entity
@Table(name = "known_plan")
public class KnownPlan extends PanacheEntityBase {
    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Column(nullable = false)
    public String number;

    @Column(name = "issuer_code", nullable = false)
    public String issuerCode;

    public String subject;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    /** The last version applied. */
    @Column(nullable = false)
    public int version;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;
}
