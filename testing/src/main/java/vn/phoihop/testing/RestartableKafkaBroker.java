package vn.phoihop.testing;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real single-node KRaft broker of one's own that can be stopped and started again on the same ports,
 * cluster id and data directory, as an operator restarts a broker: what was written before the stop is
 * there after it. For fault-injection tests; the shared broker of {@link KafkaBroker} is never restarted.
 */
public final class RestartableKafkaBroker implements AutoCloseable {
    private final EmbeddedKafkaBroker broker;
    private final Path dataDirectory;
    private final String bootstrapServers;

    private RestartableKafkaBroker(EmbeddedKafkaBroker broker, Path dataDirectory) {
        this.broker = broker;
        this.dataDirectory = dataDirectory;
        this.bootstrapServers = broker.getAdvertisedListeners().replaceFirst("^[A-Z_]+://", "");
    }

    /** Starts a broker on free ports with the project's topics created up front. */
    public static RestartableKafkaBroker start() {
        try {
            Path data = Files.createTempDirectory("phoihop-kafka-");
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                    .withNodeId(0)
                    .withKafkaHost("localhost")
                    .withKafkaPort(KafkaBroker.freePort())
                    .withControllerPort(KafkaBroker.freePort())
                    .withClusterId(Uuid.randomUuid().toString())
                    .withDeleteLogDirsOnClose(false)
                    .withAdditionalProperties(config -> {
                        config.put("log.dir", data.toString());
                        config.put("num.partitions", "3");
                        config.put("auto.create.topics.enable", "true");
                        config.put("offsets.topic.replication.factor", "1");
                        config.put("transaction.state.log.replication.factor", "1");
                        config.put("transaction.state.log.min.isr", "1");
                        config.put("group.initial.rebalance.delay.ms", "0");
                    })
                    .start();
            RestartableKafkaBroker started = new RestartableKafkaBroker(broker, data);
            KafkaBroker.createTopics(started.bootstrapServers);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "restartable-kafka-stop"));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary directory for the broker", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops the broker (its clients see connections refused); the data stays. */
    public synchronized void stop() {
        broker.close();
    }

    /** Starts it again on the same port and data directory. */
    public synchronized void restart() {
        broker.start();
    }

    public boolean isRunning() {
        return broker.isRunning();
    }

    /** Stops the broker and deletes its data. */
    @Override
    public synchronized void close() {
        broker.close();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the system cleans it eventually
        }
    }
}
