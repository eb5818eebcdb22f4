package vn.phoihop.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The consumers that are retrying a record now, with the reason ({@link ConsumerHealthCheck} shows them). */
@ApplicationScoped
public class ConsumerHealth {
    /** A consumer stuck on one record. */
    public record Retrying(String topic, int partition, long offset, String eventId, String type, int attempts,
                           Instant since, String reason) {
    }

    private final Map<String, Retrying> retrying = new ConcurrentHashMap<>();

    void retrying(String consumer, ConsumerRecord<String, String> record, ReceivedEvent event, int attempt, String reason) {
        retrying.compute(consumer, (name, before) -> new Retrying(record.topic(), record.partition(), record.offset(),
                event.id().toString(), event.type(), attempt, before == null ? Instant.now() : before.since(), reason));
    }

    void recovered(String consumer) {
        retrying.remove(consumer);
    }

    /** The consumers retrying now, by name. */
    public Map<String, Retrying> retrying() {
        return new TreeMap<>(retrying);
    }
}
