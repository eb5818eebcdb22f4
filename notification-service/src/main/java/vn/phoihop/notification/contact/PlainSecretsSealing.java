package vn.phoihop.notification.contact;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.phoihop.notification.delivery.WebhookSecrets;

import java.util.List;

/**
 * No webhook secret stays in the database as it is: secrets stored before they were encrypted are sealed when the
 * service starts. Each row is replaced only if it still holds the plain value, so instances starting together
 * seal it once.
 */
@ApplicationScoped
public class PlainSecretsSealing {
    private static final Logger LOG = Logger.getLogger(PlainSecretsSealing.class);

    @Inject
    WebhookSecrets secrets;

    void atStart(@Observes StartupEvent started) {
        int sealed = sealPlainSecrets();
        if (sealed > 0) {
            LOG.infof("%d webhook secrets stored before encryption are now encrypted", sealed);
        }
    }

    /** Seals every secret still stored as it is; returns how many. */
    @Transactional
    public int sealPlainSecrets() {
        int sealed = 0;
        // codes and secrets only, not entities: a bulk update flushes the persistence context first, which with
        // thousands of managed contacts made each update check them all
        @SuppressWarnings("unchecked")
        List<Object[]> plain = AgencyContact.getEntityManager().createNativeQuery(
                "select agency_code, webhook_secret from agency_contact where webhook_secret is not null and webhook_secret not like 'v1:%'")
                .getResultList();
        for (Object[] row : plain) {
            String code = (String) row[0];
            String secret = (String) row[1];
            if (secrets.isPlain(secret)) {
                sealed += AgencyContact.update("webhookSecret = ?1 where agencyCode = ?2 and webhookSecret = ?3",
                        secrets.seal(secret), code, secret);
            }
        }
        return sealed;
    }
}
