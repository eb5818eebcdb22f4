package vn.phoihop.report.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import vn.phoihop.events.TaskAssigned;

import java.time.Instant;
import java.time.LocalDate;

/** Keeps the projection of reportable assignments up to date from task events. */
@ApplicationScoped
public class ReportableAssignments {
    @Inject
    EntityManager em;

    /**
     * Inserts or refreshes the assignment. An upsert, so that the same assignment announced twice (under
     * two event ids) still leaves one row; {@code received_at} keeps the first arrival.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assigned(TaskAssigned task, Instant receivedAt) {
        NativeQuery<?> upsert = em.createNativeQuery("""
                        insert into reportable_assignment (assignment_id, plan_id, plan_number, issuer_code, task_id,
                            task_title, agency_code, role, deadline, received_at)
                        values (:assignment, :plan, :number, :issuer, :task, :title, :agency, :role, :deadline, :received)
                        on conflict (assignment_id) do update set
                            plan_id = excluded.plan_id, plan_number = excluded.plan_number,
                            issuer_code = excluded.issuer_code, task_id = excluded.task_id,
                            task_title = excluded.task_title, agency_code = excluded.agency_code,
                            role = excluded.role, deadline = excluded.deadline""")
                .unwrap(NativeQuery.class);
        upsert.setParameter("assignment", task.assignmentId())
                .setParameter("plan", task.planId())
                .setParameter("number", task.planNumber())
                .setParameter("issuer", task.issuerCode())
                .setParameter("task", task.taskId())
                .setParameter("title", task.taskTitle())
                .setParameter("agency", task.agencyCode())
                .setParameter("role", task.role().name())
                .setParameter("deadline", task.deadline(), LocalDate.class)
                .setParameter("received", receivedAt)
                .executeUpdate();
    }
}
