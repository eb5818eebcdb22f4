package vn.phoihop.report.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.phoihop.platform.security.KnownAgencies;
import vn.phoihop.report.assignment.ReportableAssignment;
import vn.phoihop.report.plan.PlanRecord;

/**
 * Here a known agency is one the directory announced (AgencyChanged), or one named by a document this service
 * received (an assignee or issuer of a reportable assignment, the issuer of a plan): plan-service names only agencies of
 * its directory.
 */
@ApplicationScoped
public class ProjectedAgencies implements KnownAgencies {
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean contains(String agencyCode) {
        return Agency.findById(agencyCode) != null
                || !ReportableAssignment.getEntityManager()
                .createQuery("select a.assignmentId from ReportableAssignment a where a.agencyCode = ?1 or a.issuerCode = ?1")
                .setParameter(1, agencyCode).setMaxResults(1).getResultList().isEmpty()
                || !PlanRecord.getEntityManager()
                .createQuery("select p.id from PlanRecord p where p.issuerCode = ?1")
                .setParameter(1, agencyCode).setMaxResults(1).getResultList().isEmpty();
    }
}
