package vn.phoihop.report.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.ReportAccepted;
import vn.phoihop.events.ReportReturned;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.outbox.Outbox;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.time.ServiceClock;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The receiver's review: accept (final) or return with a comment for a new revision. */
@ApplicationScoped
@Transactional
public class ReportReview {
    @Inject
    Outbox outbox;

    @Inject
    ServiceClock clock;

    @Inject
    ReportAccess access;

    public Report accept(UUID reportId, String comment) {
        Report report = waiting(reportId);
        ReportRevision latest = decide(report, "ACCEPTED", comment);
        report.status = Report.Status.ACCEPTED;
        outbox.publish(Topics.REPORT, report.agencyCode, EventTypes.REPORT_ACCEPTED, report.agencyCode,
                new ReportAccepted(report.id, report.assignmentId, report.planId, report.agencyCode, report.issuerCode,
                        report.revision, latest.reviewerCode, latest.reviewComment, latest.reviewedAt));
        return report;
    }

    public Report returnForRevision(UUID reportId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw ProblemException.invalid("comment", "must say what to change when a report is returned");
        }
        Report report = waiting(reportId);
        ReportRevision latest = decide(report, "RETURNED", comment);
        report.status = Report.Status.RETURNED;
        outbox.publish(Topics.REPORT, report.agencyCode, EventTypes.REPORT_RETURNED, report.agencyCode,
                new ReportReturned(report.id, report.assignmentId, report.planId, report.agencyCode, report.issuerCode,
                        report.revision, latest.reviewerCode, latest.reviewComment, latest.reviewedAt));
        return report;
    }

    /** The report, if the caller reviews it and it waits for a decision. */
    private Report waiting(UUID reportId) {
        Report report = Report.findById(reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null || !access.visible(report)) {
            throw ProblemException.notFound("report", reportId);
        }
        if (!access.reviews(report)) {
            throw ProblemException.forbidden("only the receiver (" + report.receiverCode + ") reviews this report");
        }
        if (report.status != Report.Status.SUBMITTED) {
            throw ProblemException.conflict("report " + reportId + " is " + report.status
                    + "; only a submitted revision is reviewed");
        }
        return report;
    }

    private ReportRevision decide(Report report, String decision, String comment) {
        ReportRevision latest = report.latest();
        latest.decision = decision;
        latest.reviewerCode = access.agency();
        latest.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
        latest.reviewedAt = clock.now().truncatedTo(ChronoUnit.MICROS);
        return latest;
    }
}
