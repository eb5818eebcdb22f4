package vn.phoihop.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import vn.phoihop.events.CloudEventHeaders;
import vn.phoihop.events.EventJson;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.InvalidEventException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A CloudEvent read from a Kafka record in binary mode. Anything that does not parse is an
 * {@link InvalidEventException}: the consumer fails the record and it goes to the dead-letter topic.
 */
public record ReceivedEvent(UUID id, String type, String source, String subject, Instant time, String key, JsonNode data) {

    public static ReceivedEvent from(ConsumerRecord<String, String> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        try {
            String id = require(record, CloudEventHeaders.ID, type);
            require(record, CloudEventHeaders.SOURCE, type);
            String time = header(record, CloudEventHeaders.TIME);
            if (record.value() == null) {
                throw new InvalidEventException(type, List.of("no data"));
            }
            return new ReceivedEvent(UUID.fromString(id), require(record, CloudEventHeaders.TYPE, type),
                    header(record, CloudEventHeaders.SOURCE), header(record, CloudEventHeaders.SUBJECT),
                    time == null ? null : Instant.parse(time), record.key(), EventJson.MAPPER.readTree(record.value()));
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(type, List.of("data is not JSON: " + e.getOriginalMessage()));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidEventException(type, List.of(e.getMessage()));
        }
    }

    /** The data as its payload record, after checking it against the type's JSON Schema. */
    public <T> T payload(Class<T> payloadType) {
        EventSchemas.check(type, data);
        return EventJson.read(data, payloadType);
    }

    private static String require(ConsumerRecord<String, String> record, String name, String type) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(type, List.of("missing CloudEvents header " + name));
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
