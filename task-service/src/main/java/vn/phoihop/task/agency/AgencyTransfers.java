package vn.phoihop.task.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.phoihop.events.AgencyChanged;
import vn.phoihop.task.assignment.Assignment;
import vn.phoihop.task.assignment.AssignmentService;

import java.util.List;

/**
 * Reorganisation (sắp xếp tổ chức): when an agency ends, its open assignments move to its first successor,
 * with TaskTransferred and the history kept. Assignments already submitted stay with the agency that
 * reported. Cooperating agencies that reported to the ended lead report to the successor from then on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AgencyTransfers {
    private static final Logger LOG = Logger.getLogger(AgencyTransfers.class);

    @Inject
    AssignmentService assignments;

    public void changed(AgencyChanged change) {
        if (change.active() || change.successorCodes() == null || change.successorCodes().isEmpty()) {
            return; // registered, renamed or updated: nothing moves
        }
        String ended = change.agencyCode();
        String successor = EndedAgency.current(change.successorCodes().get(0));
        if (successor.equals(ended)) {
            LOG.warnf("agency %s names itself as its successor; nothing moves", ended);
            return;
        }
        EndedAgency record = EndedAgency.findById(ended);
        boolean isNew = record == null;
        if (isNew) {
            record = new EndedAgency();
            record.agencyCode = ended;
        }
        record.successorCode = successor;
        record.effectiveOn = change.effectiveOn();
        if (isNew) {
            record.persist();
        }

        List<Assignment> open = Assignment.list("agencyCode = ?1 and status in ?2", ended, Assignment.OPEN);
        for (Assignment a : open) {
            boolean successorHasIt = Assignment.count("taskId = ?1 and periodKey = ?2 and agencyCode = ?3 and "
                            + (a.obligationId == null ? "obligationId is null" : "obligationId = ?4"),
                    a.obligationId == null ? new Object[]{a.taskId, a.periodKey, successor}
                            : new Object[]{a.taskId, a.periodKey, successor, a.obligationId}) > 0;
            if (successorHasIt) {
                // both agencies were on the task: the successor's own assignment answers for both
                LOG.infof("%s already holds task %s period %s; the assignment of %s is cancelled", successor,
                        a.taskId, a.periodKey, ended);
                assignments.cancel(a, "AGENCY_REMOVED");
            } else {
                assignments.transfer(a, successor, change.effectiveOn());
            }
        }
        Assignment.update("reportToCode = ?1, version = version + 1 where reportToCode = ?2 and status in ?3", successor, ended, Assignment.OPEN);
        Assignment.update("leadAgencyCode = ?1, version = version + 1 where leadAgencyCode = ?2 and status in ?3", successor, ended, Assignment.OPEN);
        LOG.infof("agency %s ended (%s); %d open assignments handed to %s", ended, change.change(), open.size(), successor);
    }
}
