package vn.phoihop.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.phoihop.events.EventJson;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.platform.messaging.EventTracing;

import java.time.Instant;
import java.util.UUID;

/**
 * Writes an event in the caller's transaction. It reaches Kafka only if that transaction commits,
 * and then for sure ({@link OutboxRelay}): never "save then send".
 */
@ApplicationScoped
public class Outbox {
    private final String source;

    @Inject
    EventTracing tracing;

    Outbox(@ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.source = "/phoihop/" + applicationName;
    }

    /**
     * @param topic   Kafka topic ({@link vn.phoihop.events.Topics})
     * @param key     partition key: plan id for plan events, agency code for the others
     * @param type    CloudEvents type ({@link vn.phoihop.events.EventTypes}); the payload must match its schema
     * @param subject agency code the event is about, or null
     * @return the new event's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, String subject, Object payload) {
        JsonNode data = EventJson.tree(payload);
        EventSchemas.check(type, data);
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.key = key;
        event.type = type;
        event.source = source;
        event.subject = subject;
        event.occurredAt = Instant.now();
        event.payload = data.toString();
        event.traceparent = tracing.current().get(EventTracing.TRACEPARENT);
        event.persist();
        return event.eventId;
    }
}
