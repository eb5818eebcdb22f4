package vn.phoihop.report.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.TaskCancelled;
import vn.phoihop.events.TaskRescheduled;
import vn.phoihop.events.TaskTransferred;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Keeps the projection of reportable assignments up to date from task events. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportableAssignments {
    @Inject
    EntityManager em;

    /**
     * Inserts or refreshes the assignment. An upsert, so that the same assignment announced twice (under
     * two event ids) still leaves one row; {@code received_at} keeps the first arrival, and a cancelled
     * assignment stays cancelled.
     */
    public void assigned(TaskAssigned task, Instant receivedAt) {
        List<String> indicators = task.indicatorCodes() == null ? List.of() : task.indicatorCodes();
        NativeQuery<?> upsert = em.createNativeQuery("""
                        insert into reportable_assignment (assignment_id, plan_id, plan_number, issuer_code, task_id,
                            task_title, agency_code, role, deadline, obligation_id, period_key, period_label,
                            data_from, data_to, report_to_code, lead_agency_code, indicator_codes, received_at)
                        values (:assignment, :plan, :number, :issuer, :task, :title, :agency, :role, :deadline,
                            :obligation, :period, :label, :dataFrom, :dataTo, :reportTo, :lead,
                            cast(:indicators as text[]), :received)
                        on conflict (assignment_id) do update set
                            plan_id = excluded.plan_id, plan_number = excluded.plan_number,
                            issuer_code = excluded.issuer_code, task_id = excluded.task_id,
                            task_title = excluded.task_title, agency_code = excluded.agency_code,
                            role = excluded.role, deadline = excluded.deadline,
                            obligation_id = excluded.obligation_id, period_key = excluded.period_key,
                            period_label = excluded.period_label, data_from = excluded.data_from,
                            data_to = excluded.data_to, report_to_code = excluded.report_to_code,
                            lead_agency_code = excluded.lead_agency_code,
                            indicator_codes = excluded.indicator_codes""")
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
                .setParameter("obligation", task.obligationId(), java.util.UUID.class)
                .setParameter("period", task.periodKey() == null ? "ONCE" : task.periodKey())
                .setParameter("label", task.periodLabel(), String.class)
                .setParameter("dataFrom", task.dataFrom(), LocalDate.class)
                .setParameter("dataTo", task.dataTo(), LocalDate.class)
                .setParameter("reportTo", task.reportToCode(), String.class)
                .setParameter("lead", task.leadAgencyCode(), String.class)
                .setParameter("indicators", "{" + String.join(",", indicators) + "}")
                .setParameter("received", receivedAt)
                .executeUpdate();
    }

    /** No report is taken any more; reports already stored stay (they were true when sent). */
    public void cancelled(TaskCancelled cancelled) {
        em.createNativeQuery("update reportable_assignment set state = 'CANCELLED', cancel_reason = :reason "
                        + "where assignment_id = :id")
                .setParameter("reason", cancelled.reason())
                .setParameter("id", cancelled.assignmentId())
                .executeUpdate();
    }

    /** The new deadline decides lateness from now on. */
    public void rescheduled(TaskRescheduled rescheduled) {
        em.createNativeQuery("update reportable_assignment set deadline = :to where assignment_id = :id")
                .setParameter("to", rescheduled.to())
                .setParameter("id", rescheduled.assignmentId())
                .executeUpdate();
    }

    /** The successor agency reports from now on; the old one no longer may. */
    public void transferred(TaskTransferred transferred) {
        em.createNativeQuery("update reportable_assignment set agency_code = :to, previous_agency_code = :from "
                        + "where assignment_id = :id")
                .setParameter("to", transferred.agencyCode())
                .setParameter("from", transferred.fromAgencyCode())
                .setParameter("id", transferred.assignmentId())
                .executeUpdate();
    }
}
