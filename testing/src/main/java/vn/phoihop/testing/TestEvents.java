package vn.phoihop.testing;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import vn.phoihop.events.CloudEventHeaders;
import vn.phoihop.events.EventJson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Builds CloudEvents records the way the outbox relay writes them, for tests that play another service. */
public final class TestEvents {

    /** A well-formed event with a fresh id. */
    public static ProducerRecord<String, String> event(String topic, String key, String type, String subject, Object payload) {
        return event(topic, key, UUID.randomUUID(), type, subject, EventJson.write(payload));
    }

    /** An event with the given id and raw JSON data (which may break the schema, to test poison handling). */
    public static ProducerRecord<String, String> event(String topic, String key, UUID id, String type, String subject, String json) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        add(headers, CloudEventHeaders.ID, id.toString());
        add(headers, CloudEventHeaders.TYPE, type);
        add(headers, CloudEventHeaders.SOURCE, "/phoihop/test");
        add(headers, CloudEventHeaders.TIME, Instant.now().toString());
        if (subject != null) {
            add(headers, CloudEventHeaders.SUBJECT, subject);
        }
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(topic, null, key, json, headers);
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private TestEvents() {
    }
}
