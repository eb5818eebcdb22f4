package vn.phoihop.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventTypes;
import vn.phoihop.testing.DemoData;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.Postgres;
import vn.phoihop.testing.RestartableKafkaBroker;
import vn.phoihop.testing.ServiceProcess;
import vn.phoihop.testing.Stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Traces are exported over OTLP when configured: packaged plan-service and task-service, on a broker of their
 * own, export to a tiny in-test OTLP/HTTP protobuf receiver ({@code quarkus.otel.exporter.otlp.traces.protocol
 * =http/protobuf}, {@code PHOIHOP_TRACE_SAMPLE_RATIO=1}). Issuing the Đắk Nông 2020 plan over REST gives a server
 * span in plan-service, and task-service's consumer span for the PlanIssued it read from Kafka carries the same
 * trace id: the trace went from the REST call through the outbox row and the record's headers to the consumer.
 */
class TraceExportTest {
    static final Duration EVENTUALLY = Duration.ofSeconds(120);

    static OtlpReceiver collector;
    static RestartableKafkaBroker broker;
    static final List<ServiceProcess> services = new ArrayList<>();

    @BeforeAll
    static void start() {
        collector = new OtlpReceiver();
        broker = RestartableKafkaBroker.start();
        Path logs = Path.of(System.getProperty("phoihop.e2e.logs", "target/e2e-logs")).resolve("traces");
        Map<String, String> env = Map.of(
                "PHOIHOP_CLOCK_START", RunningStack.CLOCK_START,
                "PHOIHOP_TRACE_SAMPLE_RATIO", "1",
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", collector.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
        for (String service : List.of("plan-service", "task-service")) {
            Path jar = Stack.repositoryRoot().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
            String database = Postgres.freshDatabase("phoihop_" + service.replace("-service", "") + "_otel");
            services.add(ServiceProcess.start(service, jar, freePort(), database, broker.bootstrapServers(), logs, env));
        }
        services.forEach(s -> s.awaitReady(Duration.ofSeconds(240)));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        services.forEach(ServiceProcess::close);
        if (broker != null) {
            broker.close();
        }
        if (collector != null) {
            collector.close();
        }
    }

    @Test
    void theRestCallAndTheConsumerOfItsEventShareOneTraceExportedOverOtlp() {
        String planService = services.get(0).baseUrl();
        DemoData.loadAgencies(planService, "agencies-dak-nong.json");
        JsonNode plan = DemoData.draftAndIssue(planService, DevTokens.issue(DemoData.ISSUER, "coordinator"), DemoData.plan());
        String planId = plan.path("id").asText();

        OtlpReceiver.ReceivedSpan consumed = await("task-service's consumer span for PlanIssued " + planId + " exported")
                .atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500))
                .until(() -> collector.spans().stream().filter(s -> "task-service".equals(s.service())
                        && s.kind() == OtlpReceiver.CONSUMER && s.name() != null && s.name().endsWith(EventTypes.PLAN_ISSUED))
                        .findFirst(), Optional::isPresent).orElseThrow();
        // each service exports its spans in its own batches: plan-service's may arrive after task-service's
        await("plan-service's server span of POST /plans/{id}/issue in trace " + consumed.traceId())
                .atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500))
                .until(() -> collector.spans().stream().anyMatch(s -> consumed.traceId().equals(s.traceId())
                        && "plan-service".equals(s.service()) && s.kind() == OtlpReceiver.SERVER && s.name().contains("/issue")));
        assertTrue(collector.requests().stream().allMatch(r -> r.startsWith("POST /v1/traces application/x-protobuf")),
                "OTLP/HTTP protobuf exports: " + collector.requests());
    }
}
