package vn.phoihop.platform.messaging;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Continues the trace that came with a record ({@code traceparent} header, written from the outbox row) for
 * the time a consumer applies it, so what the handler logs and publishes belongs to the same trace as the
 * REST call that started it.
 */
@ApplicationScoped
public class EventTracing {
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final TextMapGetter<ConsumerRecord<String, String>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<String, String> record) {
            List<String> keys = new ArrayList<>();
            record.headers().forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(ConsumerRecord<String, String> record, String key) {
            Header header = record == null ? null : record.headers().lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    @Inject
    Instance<OpenTelemetry> openTelemetry;

    void inContext(ConsumerRecord<String, String> record, String consumer, ReceivedEvent event, Runnable work) {
        OpenTelemetry otel = openTelemetry.isResolvable() ? openTelemetry.get() : GlobalOpenTelemetry.get();
        // the record's own trace first: records of one poll are applied together and each continues its own trace
        Context fromRecord = otel.getPropagators().getTextMapPropagator().extract(Context.root(), record, HEADERS);
        Context parent = Span.fromContext(fromRecord).getSpanContext().isValid() ? fromRecord : Context.current();
        Span span = otel.getTracer("phoihop-consumer").spanBuilder(consumer + " " + event.type())
                .setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.message.id", event.id().toString())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            work.run();
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getMessage());
            throw e;
        } finally {
            span.end();
        }
    }

    /** The current trace context as W3C headers ({@code traceparent}, maybe {@code tracestate}), empty when none. */
    public Map<String, String> current() {
        if (!Span.current().getSpanContext().isValid()) {
            return Map.of();
        }
        OpenTelemetry otel = openTelemetry.isResolvable() ? openTelemetry.get() : GlobalOpenTelemetry.get();
        Map<String, String> carrier = new java.util.HashMap<>();
        otel.getPropagators().getTextMapPropagator().inject(Context.current(), carrier, Map::put);
        return carrier;
    }
}
