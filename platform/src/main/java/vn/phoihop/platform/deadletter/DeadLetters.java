package vn.phoihop.platform.deadletter;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.phoihop.events.CloudEventHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads the service's dead-letter topic and replays its records to the topics they came from. The
 * connector's dead-letter strategy keeps the key, value and headers of the original and adds
 * {@code dead-letter-*} headers (reason, cause, topic, partition, offset); a replay sends the original back
 * without them. Consumers are idempotent on the event id, so replaying an event that was applied since is
 * harmless, and a replayed event that is still poison comes back here.
 */
@ApplicationScoped
public class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    static final String REASON = "dead-letter-reason";
    static final String CAUSE = "dead-letter-cause";
    static final String TOPIC = "dead-letter-topic";
    static final String PARTITION = "dead-letter-partition";
    static final String OFFSET = "dead-letter-offset";

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "mp.messaging.connector.smallrye-kafka.dead-letter-queue.topic")
    String topic;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    public String topic() {
        return topic;
    }

    /** Every record the dead-letter topic holds, oldest first per partition. */
    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        read(record -> letters.add(toDeadLetter(record)));
        return letters;
    }

    /** Replays one record; empty when the topic holds none at that place. */
    public Optional<DeadLetter> replay(int partition, long offset) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(topic, partition);
            if (consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream().noneMatch(p -> p.partition() == partition)) {
                return Optional.empty();
            }
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            if (offset >= end || offset < consumer.beginningOffsets(List.of(tp)).get(tp)) {
                return Optional.empty();
            }
            consumer.seek(tp, offset);
            while (consumer.position(tp) < end) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (record.offset() == offset) {
                        send(List.of(record));
                        return Optional.of(toDeadLetter(record));
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** Replays every record the topic holds; returns them. */
    public List<DeadLetter> replayAll() {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        read(records::add);
        send(records);
        return records.stream().map(DeadLetters::toDeadLetter).toList();
    }

    private void read(java.util.function.Consumer<ConsumerRecord<String, String>> each) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return;
            }
            List<TopicPartition> tps = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            Map<TopicPartition, Long> end = consumer.endOffsets(tps);
            while (tps.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        each.accept(record);
                    }
                });
            }
        }
    }

    private void send(List<ConsumerRecord<String, String>> records) {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-dead-letter-replay");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                String original = header(record, TOPIC);
                if (original == null) {
                    LOG.warnf("dead letter %d@%d names no original topic; not replayed", record.partition(), record.offset());
                    continue;
                }
                RecordHeaders headers = new RecordHeaders();
                for (Header h : record.headers()) {
                    if (!h.key().startsWith("dead-letter-")) {
                        headers.add(h);
                    }
                }
                acks.add(producer.send(new ProducerRecord<>(original, null, record.key(), record.value(), headers)));
                LOG.infof("replaying dead letter %d@%d (%s %s) to %s", record.partition(), record.offset(),
                        header(record, CloudEventHeaders.TYPE), header(record, CloudEventHeaders.ID), original);
            }
            for (var ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the broker did not take the replay: " + e.getMessage(), e);
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, applicationName + "-dead-letter-reader");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    static DeadLetter toDeadLetter(ConsumerRecord<String, String> record) {
        String partition = header(record, PARTITION);
        String offset = header(record, OFFSET);
        return new DeadLetter(record.partition(), record.offset(), header(record, CloudEventHeaders.ID),
                header(record, CloudEventHeaders.TYPE), record.key(), header(record, REASON), header(record, CAUSE),
                Instant.ofEpochMilli(record.timestamp()), header(record, TOPIC),
                partition == null ? null : Integer.valueOf(partition), offset == null ? null : Long.valueOf(offset));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
