package vn.phoihop.plan.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A plan (Kế hoạch): a draft without a number until it is issued. */
@Entity
public class Plan extends PanacheEntityBase {
    public enum Status { DRAFT, ISSUED }

    @Id
    public UUID id;

    @Column(name = "issuer_code", nullable = false)
    public String issuerCode;

    /** "45/KH-STTTT" once issued; null for a draft ("Số: /KH-STTTT"). */
    public String number;

    @Column(nullable = false)
    public String subject;

    public String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PlanTask> tasks = new ArrayList<>();
}
