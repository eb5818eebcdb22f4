package vn.phoihop.task.delivery;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** An agency system reading the secure broker with its own credentials, as a real one would. */
final class AgencyClients {
    static final Duration WAIT = Duration.ofSeconds(30);

    private AgencyClients() {
    }

    /**
     * Reads {@code topic} as {@code code} until a record matches. Credentials and ACLs reach the broker's
     * metadata a moment after the Admin API answers, so refusals are retried (with a fresh client, as an
     * agency system would) until the deadline; then the last refusal fails the test.
     */
    static ConsumerRecord<String, String> read(String code, String password, String topic,
                                               Predicate<ConsumerRecord<String, String>> wanted) {
        List<ConsumerRecord<String, String>> all = readUntil(code, password, topic, wanted);
        return all.get(all.size() - 1);
    }

    /** Every record of {@code topic} from its start up to and including the first that matches. */
    static List<ConsumerRecord<String, String>> readUntil(String code, String password, String topic,
                                                          Predicate<ConsumerRecord<String, String>> wanted) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        RuntimeException lastRefusal = null;
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            seen.clear();
            try (KafkaConsumer<String, String> consumer = SecureKafka.agencyConsumer(code, password)) {
                consumer.subscribe(List.of(topic));
                while (System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(250))) {
                        seen.add(r);
                        if (wanted.test(r)) {
                            return List.copyOf(seen);
                        }
                    }
                }
            } catch (AuthenticationException | AuthorizationException e) {
                lastRefusal = e;
            }
        }
        throw new AssertionError(code + " read nothing wanted from " + topic + " within " + WAIT + " (saw " + seen.size()
                + " other records)", lastRefusal);
    }

    /** Reads {@code topic} as {@code code} and returns the broker's refusal; fails if records come instead. */
    static KafkaException refusal(String code, String password, String topic) {
        return refusalInGroup(code, password, topic, AgencyNames.groupPrefix(code) + "test-" + java.util.UUID.randomUUID());
    }

    static KafkaException refusalInGroup(String code, String password, String topic, String group) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try (KafkaConsumer<String, String> consumer = SecureKafka.agencyConsumer(code, password, group)) {
            consumer.subscribe(List.of(topic));
            while (System.nanoTime() < deadline) {
                if (!consumer.poll(Duration.ofMillis(250)).isEmpty()) {
                    throw new AssertionError(code + " was allowed to read " + topic);
                }
            }
        } catch (AuthenticationException | AuthorizationException e) {
            return e;
        }
        throw new AssertionError(code + " was neither refused nor served on " + topic + " within " + WAIT);
    }

    /** Refusal once the change propagates: a fresh client each try, as after a revocation or rotation. */
    static KafkaException eventuallyRefused(String code, String password, String topic) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try (KafkaConsumer<String, String> consumer = SecureKafka.agencyConsumer(code, password)) {
                consumer.subscribe(List.of(topic));
                consumer.poll(Duration.ofSeconds(2));
            } catch (AuthenticationException | AuthorizationException e) {
                return e;
            }
        }
        throw new AssertionError(code + " was still served on " + topic + " after " + WAIT);
    }

    /** Writes as the super user (the service's side of the broker). */
    static void write(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SecureKafka.plaintext(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not write to " + topic, e);
        }
    }
}
