package vn.phoihop.notification.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.phoihop.notification.assignment.Assignment;
import vn.phoihop.notification.notification.Notification;
import vn.phoihop.platform.security.KnownAgencies;

/**
 * Here a known agency is one the directory announced (AgencyChanged, kept as {@link AgencyName}), or one that
 * a document this service received names (notified, assignee or issuer of an assignment, a transferred one
 * included): plan-service names only agencies of its directory.
 */
@ApplicationScoped
public class ProjectedAgencies implements KnownAgencies {
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean contains(String agencyCode) {
        return AgencyName.findById(agencyCode) != null
                || !Notification.getEntityManager()
                .createQuery("select n.id from Notification n where n.agencyCode = ?1")
                .setParameter(1, agencyCode).setMaxResults(1).getResultList().isEmpty()
                || !Assignment.getEntityManager()
                .createQuery("select a.assignmentId from Assignment a where a.issuerCode = ?1 or a.agencyCode = ?1")
                .setParameter(1, agencyCode).setMaxResults(1).getResultList().isEmpty();
    }
}
