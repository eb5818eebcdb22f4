package vn.phoihop.plan.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A task (nhiệm vụ) of a document: led by one agency (chủ trì), with cooperating agencies (phối hợp). */
@Entity
@Table(name = "plan_task")
public class PlanTask extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "lead_agency_code", nullable = false)
    public String leadAgencyCode;

    @ElementCollection
    @CollectionTable(name = "plan_task_cooperating", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    @Column(name = "agency_code")
    public List<String> cooperatingAgencyCodes = new ArrayList<>();

    public LocalDate deadline;

    /** Report obligations, each with its id ({@link PlanViews.ObligationView}). */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String obligations = "[]";

    /**
     * The addressee group (nhóm nơi nhận) the task is addressed to. In a draft the task has no lead yet; at issue it
     * becomes one task per member, each keeping the group's code for display.
     */
    @Column(name = "addressee_group_code")
    public String addresseeGroupCode;

    /** The document's general task, given at issue to an execute/cooperate recipient without a task of its own. */
    @Column(nullable = false)
    public boolean general;

    public List<PlanViews.ObligationView> obligations() {
        return JsonColumns.list(obligations, PlanViews.ObligationView.class);
    }
}
