package vn.phoihop.report.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.ReportRevised;
import vn.phoihop.events.ReportSubmitted;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.outbox.Outbox;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.report.assignment.ReportableAssignment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Submitting reports and their revisions. Every check runs before anything is written. */
@ApplicationScoped
@Transactional
public class ReportService {
    @Inject
    Outbox outbox;

    @Inject
    ServiceClock clock;

    @Inject
    IndicatorValues indicatorValues;

    /**
     * Stores the report as its first revision and publishes ReportSubmitted in one transaction. The assignment
     * row is locked first, so two submissions for one assignment queue up and the second one gets 409.
     */
    public Report submit(String agencyCode, ReportDtos.NewReport body) {
        ReportableAssignment assignment = ReportableAssignment.findById(body.assignmentId(), LockModeType.PESSIMISTIC_WRITE);
        if (assignment == null || !assignment.agencyCode.equals(agencyCode)) {
            // not yet known here (the projection may lag a moment) or another agency's: the same answer
            throw ProblemException.notFound("assignment", body.assignmentId());
        }
        requireOpen(assignment);
        if (Report.count("assignmentId", assignment.assignmentId) > 0) {
            throw ProblemException.conflict("assignment " + assignment.assignmentId
                    + " has already been reported on; send a revision to /reports/{id}/revisions");
        }
        Map<String, BigDecimal> values = indicatorValues.checked(assignment, body.indicators());
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.assignmentId = assignment.assignmentId;
        report.planId = assignment.planId;
        report.agencyCode = assignment.agencyCode;
        report.issuerCode = assignment.issuerCode;
        report.receiverCode = assignment.receiverCode();
        report.status = Report.Status.SUBMITTED;
        report.revision = 1;
        ReportRevision revision = newRevision(report, assignment, body.summary(), values);
        report.firstSubmittedAt = revision.submittedAt;
        report.late = revision.late;
        report.persist();
        revision.persist();
        outbox.publish(Topics.REPORT, report.agencyCode, EventTypes.REPORT_SUBMITTED, report.agencyCode,
                new ReportSubmitted(report.id, report.assignmentId, report.planId, report.agencyCode,
                        report.issuerCode, revision.summary, revision.submittedAt, 1, ReportDtos.plain(values),
                        revision.late));
        return report;
    }

    /** A new revision of a report not yet accepted; it replaces the previous one in consolidation. */
    public Report revise(String agencyCode, UUID reportId, ReportDtos.Revision body) {
        Report report = Report.findById(reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null || !report.agencyCode.equals(agencyCode)) {
            throw ProblemException.notFound("report", reportId);
        }
        if (report.status == Report.Status.ACCEPTED) {
            throw ProblemException.conflict("report " + reportId + " was accepted and is final");
        }
        ReportableAssignment assignment = ReportableAssignment.findById(report.assignmentId);
        requireOpen(assignment);
        Map<String, BigDecimal> values = indicatorValues.checked(assignment, body.indicators());
        report.revision++;
        ReportRevision revision = newRevision(report, assignment, body.summary(), values);
        revision.persist();
        report.status = Report.Status.SUBMITTED;
        report.late = revision.late;
        outbox.publish(Topics.REPORT, report.agencyCode, EventTypes.REPORT_REVISED, report.agencyCode,
                new ReportRevised(report.id, report.assignmentId, report.planId, report.agencyCode, report.issuerCode,
                        report.revision, revision.summary, ReportDtos.plain(values), revision.late,
                        revision.submittedAt));
        return report;
    }

    private static void requireOpen(ReportableAssignment assignment) {
        if (assignment.cancelled()) {
            throw ProblemException.conflict("assignment " + assignment.assignmentId + " was cancelled ("
                    + assignment.cancelReason + "); it takes no report");
        }
    }

    private ReportRevision newRevision(Report report, ReportableAssignment assignment, String summary,
                                       Map<String, BigDecimal> values) {
        ReportRevision revision = new ReportRevision();
        revision.id = UUID.randomUUID();
        revision.reportId = report.id;
        revision.revision = report.revision;
        revision.summary = summary;
        revision.values = values;
        // microseconds: what PostgreSQL keeps, so the response, the row and the event agree
        revision.submittedAt = clock.now().truncatedTo(ChronoUnit.MICROS);
        revision.late = late(assignment.deadline, revision.submittedAt);
        return revision;
    }

    /** Late means sent on a day (Vietnam time) after the deadline day. */
    static boolean late(LocalDate deadline, Instant at) {
        return deadline != null && LocalDate.ofInstant(at, ServiceClock.ZONE).isAfter(deadline);
    }
}
