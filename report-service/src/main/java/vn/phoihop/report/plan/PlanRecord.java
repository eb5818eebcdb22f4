package vn.phoihop.report.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A plan as plan-service announced it: enough for the plan tree, the targets and the export's header. */
@Entity
@Table(name = "plan")
public class PlanRecord extends PanacheEntityBase {
    @Id
    public UUID id;

    /** "45/KH-STTTT". */
    @Column(nullable = false)
    public String number;

    @Column(name = "issuer_code", nullable = false)
    public String issuerCode;

    public String subject;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    /** The upper plan this one implements (a district's plan under the province's). */
    @Column(name = "parent_plan_id")
    public UUID parentPlanId;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public boolean revoked;
}
