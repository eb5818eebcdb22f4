package vn.phoihop.testing;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What an agency's own system does with the credentials an admin provisioned for it
 * ({@code PUT /admin/agency-access/{code}}): log in over SCRAM-SHA-512 and read its delivery topic
 * {@code phoihop.inbox.<code>}. Naming another topic shows the broker refusing it.
 * <pre>java -cp … vn.phoihop.testing.AgencyTopicReader BOOTSTRAP AGENCY_CODE PASSWORD [TOPIC]</pre>
 */
public final class AgencyTopicReader {

    /** The agency's Kafka user, as task-service names it: {@code agency-dkn-baodaknong}. */
    public static String user(String agencyCode) {
        return "agency-" + agencyCode.toLowerCase(Locale.ROOT).replace('.', '-');
    }

    /**
     * Reads {@code topic} from the beginning for up to {@code wait}, logged in as the agency; the records'
     * values, or an {@link AuthorizationException} when the broker refuses.
     */
    public static List<String> read(String bootstrap, String agencyCode, String password, String topic, Duration wait) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, SecureBroker.MECHANISM,
                SaslConfigs.SASL_JAAS_CONFIG, SecureBroker.jaas(user(agencyCode), password),
                // an agency's consumer groups must begin with its user name and a dot
                ConsumerConfig.GROUP_ID_CONFIG, user(agencyCode) + ".quickstart-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: AgencyTopicReader BOOTSTRAP AGENCY_CODE PASSWORD [TOPIC]   (TOPIC: phoihop.inbox.<code> by default)");
            System.exit(2);
        }
        String topic = args.length > 3 ? args[3] : "phoihop.inbox." + args[1];
        try {
            List<String> values = read(args[0], args[1], args[2], topic, Duration.ofSeconds(10));
            System.out.printf("%s read %d event(s) from %s%n", user(args[1]), values.size(), topic);
            values.forEach(System.out::println);
        } catch (AuthorizationException e) {
            System.out.printf("refused: %s may not read %s (%s)%n", user(args[1]), topic, e.getClass().getSimpleName());
            System.exit(1);
        }
    }

    private AgencyTopicReader() {
    }
}
