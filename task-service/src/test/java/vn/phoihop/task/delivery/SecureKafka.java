package vn.phoihop.task.delivery;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.scram.internals.ScramSaslClientProvider;
import org.apache.kafka.common.security.scram.internals.ScramSaslServerProvider;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.phoihop.testing.KafkaBroker;

import java.io.IOException;
import java.net.ServerSocket;
import java.security.Provider;
import java.security.Security;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real KRaft broker that enforces ACLs, as production does: the standard authorizer, and a
 * SASL_PLAINTEXT listener with SCRAM-SHA-512 for agency systems. The PLAINTEXT listener (controller,
 * inter-broker traffic, task-service's administration and producers) is the super user
 * {@code User:ANONYMOUS}, since in KRaft no SCRAM credential exists before the cluster runs.
 * Started once per test JVM, stopped with it.
 */
final class SecureKafka {
    private static EmbeddedKafkaBroker broker;
    private static String plaintext;
    private static String sasl;

    private SecureKafka() {
    }

    /** The PLAINTEXT (super user) bootstrap address. */
    static synchronized String plaintext() {
        start();
        return plaintext;
    }

    /** The SASL_PLAINTEXT + SCRAM-SHA-512 bootstrap address agencies use. */
    static synchronized String sasl() {
        start();
        return sasl;
    }

    private static synchronized void start() {
        useThisClassLoadersScram();
        if (broker != null) {
            return;
        }
        int saslPort = freePort();
        broker = KafkaBroker.startDedicated(config -> {
            String listeners = config.getProperty("listeners");
            plaintext = java.util.Arrays.stream(listeners.split(",")).filter(l -> l.startsWith("PLAINTEXT://"))
                    .map(l -> l.substring("PLAINTEXT://".length())).map(a -> a.startsWith(":") ? "localhost" + a : a)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no PLAINTEXT listener in " + listeners));
            config.put("listeners", listeners + ",SASL_PLAINTEXT://localhost:" + saslPort);
            config.put("listener.security.protocol.map",
                    config.getProperty("listener.security.protocol.map") + ",SASL_PLAINTEXT:SASL_PLAINTEXT");
            config.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
            config.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required;");
            config.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            config.put("super.users", "User:ANONYMOUS");
            config.put("allow.everyone.if.no.acl.found", "false");
            config.put("auto.create.topics.enable", "true");
            // one partition per topic: every test event in one total order, so a later event proves an earlier one consumed
            config.put("num.partitions", "1");
            config.put("group.initial.rebalance.delay.ms", "0");
        });
        sasl = "localhost:" + saslPort;
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "secure-kafka-stop"));
        System.out.printf("Secure Kafka broker: PLAINTEXT %s (super user), SASL_PLAINTEXT %s%n", plaintext, sasl);
    }

    /** A consumer logging in as {@code user} over SCRAM-SHA-512, in a group of its own allowed prefix. */
    static KafkaConsumer<String, String> agencyConsumer(String code, String password) {
        return agencyConsumer(code, password, AgencyNames.groupPrefix(code) + "test-" + UUID.randomUUID());
    }

    static KafkaConsumer<String, String> agencyConsumer(String code, String password, String group) {
        start();
        String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"%s\" password=\"%s\";"
                .formatted(AgencyNames.user(code), password);
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, sasl(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512",
                SaslConfigs.SASL_JAAS_CONFIG, jaas,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
    }

    /**
     * The JDK keeps one SCRAM SASL provider per JVM: the first one registered, and it loads the SCRAM
     * classes of its own class loader. Quarkus tests load Kafka in a class loader per application, so a
     * provider left by an earlier test application would make this broker's SCRAM server meet callbacks
     * of another class loader and refuse every password. Tests only; a service has one class loader.
     */
    private static void useThisClassLoadersScram() {
        ClassLoader ours = ScramSaslServerProvider.class.getClassLoader();
        for (String name : List.of("SASL/SCRAM Server Provider", "SASL/SCRAM Client Provider")) {
            Provider registered = Security.getProvider(name);
            if (registered != null && registered.getClass().getClassLoader() != ours) {
                Security.removeProvider(name);
            }
        }
        ScramSaslServerProvider.initialize();
        ScramSaslClientProvider.initialize();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
