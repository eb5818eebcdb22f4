package vn.phoihop.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.phoihop.events.CloudEventHeaders;
import vn.phoihop.events.EventJson;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Reads what the services really published, from the start of the given topics, and waits (with a
 * bound) for an event to appear. Also sends raw records, for redelivery and poison-event tests.
 */
public final class KafkaEvents implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private KafkaEvents(String bootstrapServers, List<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(topics);
    }

    public static KafkaEvents reading(String... topics) {
        return new KafkaEvents(KafkaBroker.bootstrapServers(), List.of(topics));
    }

    /** The same on another broker than the shared one (a {@link RestartableKafkaBroker}, say). */
    public static KafkaEvents readingFrom(String bootstrapServers, String... topics) {
        return new KafkaEvents(bootstrapServers, List.of(topics));
    }

    /** Waits up to {@code timeout} for a record of CloudEvents {@code type} whose data matches, and returns it. */
    public ConsumerRecord<String, String> await(String type, Predicate<JsonNode> data, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (ConsumerRecord<String, String> record : seen) {
                if (type.equals(header(record, CloudEventHeaders.TYPE)) && data.test(data(record))) {
                    return record;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + type + " event matched within " + timeout + "; saw " + seen.size() + " records");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
    }

    /** Every record of {@code type} seen so far, after polling for {@code quietPeriod} more. */
    public List<ConsumerRecord<String, String>> all(String type, Duration quietPeriod) {
        long until = System.nanoTime() + quietPeriod.toNanos();
        while (System.nanoTime() < until) {
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
        return seen.stream().filter(r -> type.equals(header(r, CloudEventHeaders.TYPE))).toList();
    }

    public static JsonNode data(ConsumerRecord<String, String> record) {
        try {
            return EventJson.MAPPER.readTree(record.value());
        } catch (Exception e) {
            return EventJson.MAPPER.createObjectNode();
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Sends a record as is and waits for the broker's acknowledgement. */
    public static void send(ProducerRecord<String, String> record) {
        send(KafkaBroker.bootstrapServers(), record);
    }

    /** The same on another broker than the shared one. */
    public static void send(String bootstrapServers, ProducerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send a test record", e);
        }
    }

    /** Sends the records with one producer, back to back and in order, and waits until the broker has them all. */
    public static void sendAll(List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(), new StringSerializer())) {
            List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
            for (ProducerRecord<String, String> record : records) {
                acks.add(producer.send(record));
            }
            for (java.util.concurrent.Future<?> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not send the test records", e);
        }
    }

    /** Sends {@code record} again exactly as it was received (same key, headers and value): a redelivery. */
    public static void redeliver(ConsumerRecord<String, String> record) {
        send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers()));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
