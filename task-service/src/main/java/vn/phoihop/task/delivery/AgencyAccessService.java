package vn.phoihop.task.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.time.ServiceClock;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Gives an agency system direct, broker-enforced access to its own delivery topic, rotates its password
 * and takes the access away. The broker is changed first and our record after, in one transaction: a
 * broker failure leaves the record untouched, and a repeat of the same request repairs a half-done one.
 */
@ApplicationScoped
public class AgencyAccessService {
    private static final Logger LOG = Logger.getLogger(AgencyAccessService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    BrokerAccess broker;

    @Inject
    ServiceClock clock;

    /** The outcome of provisioning: the password only when one was set (it is never shown again). */
    public record Provisioned(AgencyAccess access, boolean created, String password) {
    }

    /**
     * Creates the topic, user and ACLs of an agency, or re-asserts them for an active one (its password
     * stays as it is then: rotating is a separate, explicit act).
     */
    @Transactional
    public Provisioned provision(String code, String by) {
        AgencyNames.checkedCode(code);
        broker.requireAuthorizer();
        AgencyAccess access = AgencyAccess.findById(code);
        boolean fresh = access == null || !access.active();
        broker.ensureTopic(code);
        String password = null;
        if (fresh) {
            password = newPassword();
            broker.setPassword(code, password);
        }
        broker.grant(code);
        boolean unknown = access == null;
        if (unknown) {
            access = new AgencyAccess();
            access.agencyCode = code;
            access.kafkaUser = AgencyNames.user(code);
            access.topic = AgencyNames.topic(code);
        }
        if (fresh) {
            access.status = AgencyAccess.Status.ACTIVE;
            access.provisionedAt = clock.now();
            access.passwordSetAt = clock.now();
            access.revokedAt = null;
        }
        access.changedBy = by;
        if (unknown) {
            access.persist();
        }
        LOG.infof("delivery access of %s %s by %s", code, fresh ? "provisioned" : "re-asserted", by);
        return new Provisioned(access, fresh, password);
    }

    @Transactional
    public Provisioned rotate(String code, String by) {
        AgencyAccess access = existing(code);
        if (!access.active()) {
            throw ProblemException.conflict("the delivery access of " + code + " was revoked; provision it again (PUT) instead");
        }
        String password = newPassword();
        broker.setPassword(code, password);
        access.passwordSetAt = clock.now();
        access.changedBy = by;
        LOG.infof("delivery password of %s rotated by %s", code, by);
        return new Provisioned(access, false, password);
    }

    /** Removes the user's ACLs and credentials. The topic and its backlog stay, for a later re-provisioning. */
    @Transactional
    public AgencyAccess revoke(String code, String by) {
        AgencyAccess access = existing(code);
        broker.revoke(code);
        if (access.active()) {
            access.status = AgencyAccess.Status.REVOKED;
            access.revokedAt = clock.now();
        }
        access.changedBy = by;
        LOG.infof("delivery access of %s revoked by %s", code, by);
        return access;
    }

    @Transactional
    public AgencyAccess existing(String code) {
        AgencyAccess access = AgencyAccess.findById(AgencyNames.checkedCode(code));
        if (access == null) {
            throw ProblemException.notFound("delivery access of agency", code);
        }
        return access;
    }

    @Transactional
    public List<AgencyAccess> all() {
        return AgencyAccess.listAll(io.quarkus.panache.common.Sort.by("agencyCode"));
    }

    public BrokerState brokerState(String code) {
        return broker.describe(code);
    }

    /** 256 random bits, URL-safe so it survives a JAAS line and a shell. */
    static String newPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
