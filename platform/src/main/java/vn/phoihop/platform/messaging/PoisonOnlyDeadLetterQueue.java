package vn.phoihop.platform.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.function.BiConsumer;

/**
 * The failure strategy of every channel ({@code failure-strategy=poison-dead-letter-queue}): SmallRye's
 * {@code dead-letter-queue}, except for a record given up because the application is stopping
 * ({@link ConsumerStoppedException}), which is neither dead-lettered nor acknowledged: its offset stays
 * uncommitted and it is consumed again after the restart.
 */
@ApplicationScoped
@Identifier(PoisonOnlyDeadLetterQueue.STRATEGY)
public class PoisonOnlyDeadLetterQueue implements KafkaFailureHandler.Factory {
    public static final String STRATEGY = "poison-dead-letter-queue";

    @Inject
    @Identifier("dead-letter-queue")
    KafkaFailureHandler.Factory deadLetterQueue;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
                                      BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler dlq = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                for (Throwable t = reason; t != null; t = t.getCause() == t ? null : t.getCause()) {
                    if (t instanceof ConsumerStoppedException) {
                        return Uni.createFrom().voidItem();
                    }
                }
                return dlq.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                dlq.terminate();
            }
        };
    }
}
