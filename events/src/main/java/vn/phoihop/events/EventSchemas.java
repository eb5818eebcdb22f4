package vn.phoihop.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks event payloads against the JSON Schema of their type ({@code /schemas/<type>.json}).
 * Producers check before writing to the outbox; consumers check before acting, so a malformed event
 * is refused (and dead-lettered) instead of half-applied.
 */
public final class EventSchemas {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    /** Problems found in {@code data} for {@code type}; empty when it conforms. An unknown type is a problem too. */
    public static List<String> problems(String type, JsonNode data) {
        if (type == null || !EventTypes.PAYLOADS.containsKey(type)) {
            return List.of("unknown event type: " + type);
        }
        return schema(type).validate(data).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Throws {@link InvalidEventException} when {@code data} does not conform to the schema of {@code type}. */
    public static void check(String type, JsonNode data) {
        List<String> problems = problems(type, data);
        if (!problems.isEmpty()) {
            throw new InvalidEventException(type, problems);
        }
    }

    private static JsonSchema schema(String type) {
        return CACHE.computeIfAbsent(type, t -> {
            try (InputStream in = EventSchemas.class.getResourceAsStream("/schemas/" + t + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("no JSON Schema for " + t);
                }
                return FACTORY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private EventSchemas() {
    }
}
