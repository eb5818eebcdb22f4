package vn.phoihop.report.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.ReportSubmitted;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.outbox.Outbox;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.report.assignment.ReportableAssignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.UUID;

/** Submitting reports. Every check runs before anything is written. */
@ApplicationScoped
@Transactional
public class ReportService {
    /** Deadlines are days in Vietnam's time zone. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    Outbox outbox;

    Clock clock = Clock.system(VIETNAM);

    /**
     * Stores the report and publishes ReportSubmitted in one transaction. The assignment row is locked
     * first, so two submissions for one assignment queue up and the second one gets 409.
     */
    public Report submit(String agencyCode, ReportDtos.NewReport body) {
        ReportableAssignment assignment = ReportableAssignment.findById(body.assignmentId(), LockModeType.PESSIMISTIC_WRITE);
        if (assignment == null || !assignment.agencyCode.equals(agencyCode)) {
            // not yet known here (the projection may lag a moment) or another agency's: the same answer
            throw ProblemException.notFound("assignment", body.assignmentId());
        }
        if (Report.count("assignmentId", assignment.assignmentId) > 0) {
            throw ProblemException.conflict("assignment " + assignment.assignmentId + " has already been reported on");
        }
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.assignmentId = assignment.assignmentId;
        report.planId = assignment.planId;
        report.agencyCode = assignment.agencyCode;
        report.issuerCode = assignment.issuerCode;
        report.summary = body.summary();
        report.indicators = body.indicators() == null ? new HashMap<>() : new HashMap<>(body.indicators());
        // microseconds: what PostgreSQL keeps, so the response, the row and the event agree
        report.submittedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        report.late = assignment.deadline != null
                && LocalDate.ofInstant(report.submittedAt, VIETNAM).isAfter(assignment.deadline);
        report.persist();
        outbox.publish(Topics.REPORT, report.agencyCode, EventTypes.REPORT_SUBMITTED, report.agencyCode,
                new ReportSubmitted(report.id, report.assignmentId, report.planId, report.agencyCode,
                        report.issuerCode, report.summary, report.submittedAt));
        return report;
    }
}
