package vn.phoihop.testing;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import vn.phoihop.events.Topics;
import org.testcontainers.kafka.KafkaContainer;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.function.Consumer;
import java.util.Properties;

/**
 * The real Kafka broker for a test run or the local stack, started once per JVM:
 * <ol>
 *   <li>{@code KAFKA_BOOTSTRAP_SERVERS} (or {@code -Dkafka.bootstrap.servers}) when set: that broker;</li>
 *   <li>else, where a Docker engine runs, a Testcontainers Apache Kafka container;</li>
 *   <li>else a single-node KRaft broker from the Apache Kafka jars, inside this JVM, on free ports,
 *       its log in a temporary directory deleted when it stops (also when the JVM is killed, since
 *       the broker lives and dies with it).</li>
 * </ol>
 */
public final class KafkaBroker {
    private static String bootstrapServers;
    private static EmbeddedKafkaBroker embedded;

    /** Bootstrap address of the shared broker, starting it on first use. */
    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            String started = start();
            if (Settings.get("KAFKA_BOOTSTRAP_SERVERS", "kafka.bootstrap.servers") == null) {
                createTopics(started);
            }
            bootstrapServers = started;
        }
        return bootstrapServers;
    }

    /**
     * A broker of one's own, for a test that needs a different broker configuration (security, say).
     * The caller closes it.
     */
    public static EmbeddedKafkaBroker startDedicated(Consumer<Properties> configuration) {
        return new EmbeddedKafkaBroker()
                .withNodeId(0)
                .withKafkaHost("localhost")
                .withKafkaPort(freePort())
                .withControllerPort(freePort())
                .withDeleteLogDirsOnClose(true)
                .withAdditionalProperties(configuration)
                .start();
    }

    private static String start() {
        String configured = Settings.get("KAFKA_BOOTSTRAP_SERVERS", "kafka.bootstrap.servers");
        if (configured != null) {
            return configured;
        }
        if (Docker.available()) {
            KafkaContainer container = new KafkaContainer("apache/kafka-native:4.1.1");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "kafka-container-stop"));
            return container.getBootstrapServers();
        }
        long started = System.nanoTime();
        embedded = startDedicated(config -> {
            config.put("num.partitions", "3");
            config.put("auto.create.topics.enable", "true");
            config.put("offsets.topic.replication.factor", "1");
            config.put("transaction.state.log.replication.factor", "1");
            config.put("transaction.state.log.min.isr", "1");
            config.put("group.initial.rebalance.delay.ms", "0");
        });
        Runtime.getRuntime().addShutdownHook(new Thread(KafkaBroker::stop, "kafka-broker-stop"));
        System.out.printf("Kafka broker (KRaft, in-JVM) ready at %s in %d ms%n",
                embedded.getAdvertisedListeners(), (System.nanoTime() - started) / 1_000_000);
        return embedded.getAdvertisedListeners().replaceFirst("^[A-Z_]+://", "");
    }

    /**
     * Creates the project's topics up front, as deploy/k8s does in production. A topic that a producer
     * creates by writing to it makes the first idempotent batch fail over while its partition leaders
     * settle (NotLeaderOrFollower, then OutOfOrderSequence until the delivery timeout), which slows the
     * first events of every test run by half a minute.
     */
    static void createTopics(String bootstrap) {
        List<String> services = List.of("plan-service", "task-service", "report-service", "notification-service");
        List<NewTopic> topics = Stream.concat(
                        Stream.of(Topics.PLAN, Topics.AGENCY, Topics.TASK, Topics.REPORT, Topics.NOTIFICATION),
                        services.stream().map(Topics::deadLetter))
                .map(name -> new NewTopic(name, 3, (short) 1))
                .toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (var result : admin.createTopics(topics).values().values()) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topics on " + bootstrap, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("topics not created on " + bootstrap + " within 30 s", e);
        }
    }

    public static synchronized void stop() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    private KafkaBroker() {
    }
}
