package vn.phoihop.notification.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.phoihop.events.EventJson;
import vn.phoihop.notification.notification.Notification;
import vn.phoihop.notification.notification.NotificationView;

/**
 * Tells the live streams of every instance, through PostgreSQL NOTIFY in the caller's transaction: the
 * message goes out only if the transaction commits, and every instance listening gets it, whichever
 * instance the client is connected to.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StreamNotifier {
    public static final String CHANNEL = "phoihop_stream";
    /** NOTIFY payloads must stay under 8000 bytes; larger data is cut down to its identifiers. */
    private static final int MAX_PAYLOAD = 7000;

    @Inject
    EntityManager em;

    /** A notification, to its agency's stream. */
    public void agency(Notification n) {
        send(new StreamMessage(StreamMessage.AGENCY, n.agencyCode, n.kind.name(), EventJson.tree(NotificationView.of(n))));
    }

    /** An event of a plan the agency issued, to that agency's issuer stream. */
    public void issuer(String issuerCode, String type, JsonNode payload) {
        if (issuerCode != null) {
            send(new StreamMessage(StreamMessage.ISSUER, issuerCode, type, payload));
        }
    }

    private void send(StreamMessage message) {
        String json = EventJson.write(message);
        if (json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
            ObjectNode ids = EventJson.MAPPER.createObjectNode();
            message.data().fields().forEachRemaining(f -> {
                if (f.getKey().endsWith("Id") || f.getKey().endsWith("Code") || f.getKey().equals("kind")
                        || f.getKey().equals("title")) {
                    ids.set(f.getKey(), f.getValue());
                }
            });
            ids.put("truncated", true);
            json = EventJson.write(new StreamMessage(message.stream(), message.agency(), message.type(), ids));
        }
        // touches no table: no flush of the session before it (in a reminder morning's batch of a hundred, each
        // notify otherwise dirty-checked everything the batch had loaded)
        em.createNativeQuery("select 1 from (select pg_notify(?1, ?2)) as sent")
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .setParameter(1, CHANNEL).setParameter(2, json).getSingleResult();
    }
}
