package vn.phoihop.plan.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import vn.phoihop.events.EventJson;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * The parts of a document that are read and written whole (targets, legal basis, Nơi nhận …) live in jsonb
 * columns, mapped with the same JSON mapping as the events so that dates and decimals stay exact.
 */
public final class JsonColumns {

    public static String write(Object value) {
        return value == null ? null : EventJson.write(value);
    }

    public static <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return EventJson.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> List<T> list(String json, Class<T> element) {
        if (json == null) {
            return List.of();
        }
        JavaType type = EventJson.MAPPER.getTypeFactory().constructCollectionType(List.class, element);
        try {
            return List.copyOf(EventJson.MAPPER.<List<T>>readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonColumns() {
    }
}
