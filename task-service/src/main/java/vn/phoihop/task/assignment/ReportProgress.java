package vn.phoihop.task.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.events.ReportAccepted;
import vn.phoihop.events.ReportReturned;
import vn.phoihop.events.ReportRevised;
import vn.phoihop.events.ReportSubmitted;

import java.time.Instant;
import java.util.UUID;

/**
 * Report events move the assignment: submitted or revised → SUBMITTED, accepted → ACCEPTED, returned →
 * RETURNED with the receiver's comment. A report for an assignment we do not have (or not the reporting
 * agency's) is logged and skipped: retrying would not make it known.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportProgress {
    private static final Logger LOG = Logger.getLogger(ReportProgress.class);

    @Inject
    AssignmentService assignments;

    public void submitted(ReportSubmitted r) {
        submitted(r.reportId(), r.assignmentId(), r.agencyCode(), r.submittedAt(), "báo cáo lần " + r.revision());
    }

    public void revised(ReportRevised r) {
        submitted(r.reportId(), r.assignmentId(), r.agencyCode(), r.revisedAt(), "báo cáo sửa lần " + r.revision());
    }

    public void accepted(ReportAccepted r) {
        Assignment a = find(r.reportId(), r.assignmentId(), r.agencyCode());
        if (a == null || a.status == AssignmentStatus.CANCELLED) {
            return;
        }
        a.acceptedAt = r.acceptedAt();
        if (a.firstSubmittedAt == null) {
            a.firstSubmittedAt = r.acceptedAt();
        }
        assignments.changeStatus(a, AssignmentStatus.ACCEPTED, r.comment());
    }

    public void returned(ReportReturned r) {
        Assignment a = find(r.reportId(), r.assignmentId(), r.agencyCode());
        if (a == null || a.status == AssignmentStatus.CANCELLED || a.status == AssignmentStatus.ACCEPTED) {
            return;
        }
        a.returnedComment = r.comment();
        assignments.changeStatus(a, AssignmentStatus.RETURNED, r.comment());
    }

    private void submitted(UUID reportId, UUID assignmentId, String agency, Instant at, String note) {
        Assignment a = find(reportId, assignmentId, agency);
        if (a == null) {
            return;
        }
        if (a.status == AssignmentStatus.ACCEPTED || a.status == AssignmentStatus.CANCELLED) {
            LOG.warnf("report %s arrived for assignment %s, which is already %s; skipped", reportId, a.id, a.status);
            return;
        }
        a.submittedAt = at;
        if (a.firstSubmittedAt == null) {
            a.firstSubmittedAt = at;
        }
        assignments.changeStatus(a, AssignmentStatus.SUBMITTED, note);
    }

    private static Assignment find(UUID reportId, UUID assignmentId, String agency) {
        Assignment a = Assignment.findById(assignmentId);
        if (a == null || !a.agencyCode.equals(agency)) {
            LOG.warnf("report %s is for assignment %s of %s, which this service does not have; skipped",
                    reportId, assignmentId, agency);
            return null;
        }
        return a;
    }
}
