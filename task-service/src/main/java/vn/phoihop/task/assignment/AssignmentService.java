package vn.phoihop.task.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.ReportSubmitted;
import vn.phoihop.events.TaskAcknowledged;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.TaskStatusChanged;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.outbox.Outbox;
import vn.phoihop.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The assignment lifecycle. Every change publishes its event through the outbox in the same
 * transaction; task events are keyed by the assignee agency's code so that one agency's events keep
 * their order.
 */
@ApplicationScoped
@Transactional
public class AssignmentService {
    private static final Logger LOG = Logger.getLogger(AssignmentService.class);

    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    /**
     * One assignment per (task, agency): the lead agency (chủ trì) and every cooperating agency (phối hợp).
     * A (task, agency) already assigned is left alone, so a second PlanIssued for the plan duplicates nothing.
     */
    public List<Assignment> assign(PlanIssued plan) {
        List<Assignment> created = new ArrayList<>();
        Instant now = now();
        for (PlanIssued.Task task : plan.tasks()) {
            for (String agency : agencies(task)) {
                if (Assignment.exists(task.taskId(), agency)) {
                    LOG.debugf("task %s is already assigned to %s", task.taskId(), agency);
                    continue;
                }
                Assignment a = new Assignment();
                a.id = UUID.randomUUID();
                a.planId = plan.planId();
                a.planNumber = plan.number();
                a.issuerCode = plan.issuerCode();
                a.taskId = task.taskId();
                a.taskTitle = task.title();
                a.agencyCode = agency;
                a.role = agency.equals(task.leadAgencyCode()) ? AssignmentRole.LEAD : AssignmentRole.COOPERATING;
                a.deadline = task.deadline();
                a.status = AssignmentStatus.ASSIGNED;
                a.createdAt = now;
                a.persist();
                outbox.publish(Topics.TASK, a.agencyCode, EventTypes.TASK_ASSIGNED, a.agencyCode, new TaskAssigned(
                        a.id, a.planId, a.planNumber, a.issuerCode, a.taskId, a.taskTitle, a.agencyCode, a.role, a.deadline));
                created.add(a);
            }
        }
        return created;
    }

    /** The agency confirms receipt (tiếp nhận) of a new assignment. */
    public Assignment acknowledge(Assignment a) {
        if (a.status != AssignmentStatus.ASSIGNED) {
            throw ProblemException.conflict("assignment " + a.id + " is " + a.status.name().toLowerCase()
                    + ", only an assigned task can be acknowledged");
        }
        a.status = AssignmentStatus.ACKNOWLEDGED;
        a.acknowledgedAt = now();
        outbox.publish(Topics.TASK, a.agencyCode, EventTypes.TASK_ACKNOWLEDGED, a.agencyCode,
                new TaskAcknowledged(a.id, a.planId, a.agencyCode, a.issuerCode, a.acknowledgedAt));
        return a;
    }

    /**
     * The agency submitted a report for its assignment. An assignment we do not know (or that is not
     * the reporting agency's) is logged and skipped: retrying would not make it known.
     */
    public void reportSubmitted(ReportSubmitted report) {
        Assignment a = Assignment.findById(report.assignmentId());
        if (a == null || !a.agencyCode.equals(report.agencyCode())) {
            LOG.warnf("report %s is for assignment %s of %s, which this service does not have; skipped",
                    report.reportId(), report.assignmentId(), report.agencyCode());
            return;
        }
        if (a.status == AssignmentStatus.ACCEPTED || a.status == AssignmentStatus.CANCELLED) {
            LOG.warnf("report %s arrived for assignment %s, which is already %s; skipped", report.reportId(), a.id, a.status);
            return;
        }
        a.submittedAt = report.submittedAt();
        if (a.status == AssignmentStatus.SUBMITTED) {
            return; // a revised report: same status, nothing to announce
        }
        AssignmentStatus from = a.status;
        a.status = AssignmentStatus.SUBMITTED;
        outbox.publish(Topics.TASK, a.agencyCode, EventTypes.TASK_STATUS_CHANGED, a.agencyCode,
                new TaskStatusChanged(a.id, a.planId, a.agencyCode, a.issuerCode, from, a.status, now()));
    }

    /** Lead first, then the cooperating agencies in the plan's order; an agency named twice counts once. */
    private static Set<String> agencies(PlanIssued.Task task) {
        Set<String> agencies = new LinkedHashSet<>();
        agencies.add(task.leadAgencyCode());
        if (task.cooperatingAgencyCodes() != null) {
            agencies.addAll(task.cooperatingAgencyCodes());
        }
        return agencies;
    }

    /** PostgreSQL keeps microseconds: the event and the stored row show the same instant. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
