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
import org.hibernate.annotations.ColumnTransformer;
import vn.phoihop.events.SubmissionRule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A document (văn bản) with tasks: a plan (Kế hoạch), an official letter (công văn), a decision (QĐ) …
 * A draft has no number ("Số: /KH-STTTT") until it is issued.
 */
@Entity
public class Plan extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "issuer_code", nullable = false)
    public String issuerCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentKind kind = DocumentKind.PLAN;

    @Column(name = "drafting_unit")
    public String draftingUnit;

    /** "45/KH-STTTT" once issued; null for a draft. */
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

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String topics = "[]";

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String signer;

    @Column(name = "legal_basis", columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String legalBasis = "[]";

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String targets = "[]";

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String distribution = "[]";

    @Column(name = "general_task", columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String generalTask;

    @Enumerated(EnumType.STRING)
    @Column(name = "submission_rule")
    public SubmissionRule submissionRule;

    @Column(name = "submission_days")
    public Integer submissionDays;

    /** The upper document this one implements, when it is in the system (plan tree). */
    @Column(name = "parent_plan_id")
    public UUID parentPlanId;

    @Column(name = "parent_task_id")
    public UUID parentTaskId;

    /** 1 when issued; each amendment adds one. */
    @Column(nullable = false)
    public int version = 1;

    /** Issued on paper before it was entered, with its own number. */
    @Column(nullable = false)
    public boolean registered;

    @Column(name = "amended_on")
    public LocalDate amendedOn;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PlanTask> tasks = new ArrayList<>();

    public List<Topic> topics() {
        return JsonColumns.list(topics, Topic.class);
    }

    public List<PlanDtos.LegalBasis> legalBasis() {
        return JsonColumns.list(legalBasis, PlanDtos.LegalBasis.class);
    }

    public List<PlanDtos.Target> targets() {
        return JsonColumns.list(targets, PlanDtos.Target.class);
    }

    public List<PlanDtos.Recipient> distribution() {
        return JsonColumns.list(distribution, PlanDtos.Recipient.class);
    }

    public PlanDtos.Signer signer() {
        return JsonColumns.read(signer, PlanDtos.Signer.class);
    }

    public PlanDtos.GeneralTask generalTask() {
        return JsonColumns.read(generalTask, PlanDtos.GeneralTask.class);
    }

    public Optional<PlanTask> task(UUID taskId) {
        return tasks.stream().filter(t -> t.id.equals(taskId)).findFirst();
    }

    /** Whether the agency leads or cooperates in a task, or is named in the distribution list. */
    public boolean involves(String agencyCode) {
        return tasks.stream().anyMatch(t -> agencyCode.equals(t.leadAgencyCode) || t.cooperatingAgencyCodes.contains(agencyCode))
                || distribution().stream().anyMatch(r -> r.agencyCodes() != null && r.agencyCodes().contains(agencyCode));
    }

    /** "2020" or "2021-2025", from the period's dates. */
    public String periodLabel() {
        if (periodFrom == null) {
            return null;
        }
        return periodFrom.getYear() == periodTo.getYear() ? String.valueOf(periodFrom.getYear())
                : periodFrom.getYear() + "-" + periodTo.getYear();
    }
}
