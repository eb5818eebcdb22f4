package vn.phoihop.task.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.phoihop.platform.security.KnownAgencies;
import vn.phoihop.task.assignment.Assignment;

/**
 * Here a known agency is one the directory announced (AgencyChanged), or one named by a document this service
 * received (an assignee or an issuer of an assignment): plan-service names only agencies of its directory.
 */
@ApplicationScoped
public class ProjectedAgencies implements KnownAgencies {
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean contains(String agencyCode) {
        return DirectoryAgency.findById(agencyCode) != null
                || !Assignment.getEntityManager()
                .createQuery("select a.id from Assignment a where a.agencyCode = ?1 or a.issuerCode = ?1")
                .setParameter(1, agencyCode).setMaxResults(1).getResultList().isEmpty();
    }
}
