package vn.phoihop.platform.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What one consumer does with each event type: type → payload class → handler, registered once in
 * {@link EventConsumer#register(EventHandlers)}.
 */
public final class EventHandlers {
    /** A handler and the payload record it takes. */
    record Handler<T>(Class<T> payloadType, BiConsumer<ReceivedEvent, T> action) {
        void apply(ReceivedEvent event, Object payload) {
            action.accept(event, payloadType.cast(payload));
        }
    }

    private final Map<String, Handler<?>> byType = new HashMap<>();
    private Consumer<ReceivedEvent> every = event -> {
    };

    /** Handles events of {@code type}, given their payload. */
    public <T> EventHandlers on(String type, Class<T> payloadType, Consumer<T> handler) {
        return onEvent(type, payloadType, (event, payload) -> handler.accept(payload));
    }

    /** Handles events of {@code type}, given the event (id, subject, raw data) and its payload. */
    public <T> EventHandlers onEvent(String type, Class<T> payloadType, BiConsumer<ReceivedEvent, T> handler) {
        if (byType.putIfAbsent(type, new Handler<>(payloadType, handler)) != null) {
            throw new IllegalStateException("two handlers for " + type);
        }
        return this;
    }

    /** Also runs, after the type's handler and in its transaction, for every event this consumer handles. */
    public EventHandlers every(Consumer<ReceivedEvent> action) {
        this.every = action;
        return this;
    }

    Handler<?> forType(String type) {
        return byType.get(type);
    }

    Consumer<ReceivedEvent> every() {
        return every;
    }
}
