package vn.phoihop.task.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of an assignment's history (lịch sử xử lý); kept when the assignment moves to a successor agency. */
@Entity
@Table(name = "assignment_history")
public class AssignmentHistory extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_history_ids")
    @SequenceGenerator(name = "assignment_history_ids", sequenceName = "assignment_history_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    @Column(nullable = false)
    public Instant at;

    /** The agency holding the assignment at that moment. */
    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    /** ASSIGNED, STATUS_CHANGED, RESCHEDULED, TRANSFERRED, OVERDUE, CANCELLED. */
    @Column(nullable = false)
    public String what;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status")
    public String toStatus;

    public String note;

    public static List<AssignmentHistory> of(UUID assignmentId) {
        return list("assignmentId", Sort.by("at").and("id"), assignmentId);
    }
}
