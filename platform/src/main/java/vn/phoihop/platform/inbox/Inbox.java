package vn.phoihop.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.phoihop.platform.messaging.ReceivedEvent;

/**
 * The idempotent consumer: records the event id in the consumer's transaction, so the id and the
 * state change commit together. A redelivered event finds its id and is skipped.
 */
@ApplicationScoped
public class Inbox {
    @Inject
    EntityManager em;

    /** True the first time this event is seen; false for a redelivery, which the caller must then skip. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(ReceivedEvent event) {
        int inserted = em.createNativeQuery(
                        "insert into processed_event (event_id, type) values (:id, :type) on conflict do nothing")
                // the only table it touches: the session is flushed before it only if that table has pending changes
                .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("processed_event")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate();
        return inserted == 1;
    }
}
