package vn.phoihop.testing;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real KRaft broker that enforces who may read what, as production does: the standard authorizer, and
 * a SASL_PLAINTEXT listener with SCRAM-SHA-512 where the four services log in with credentials of their
 * own (made here, fresh each start) and agency systems with the ones task-service provisions
 * ({@code PUT /admin/agency-access/{code}}). The services are the broker's super users (production gives
 * them exact ACLs, deploy/k8s/kafka-users.yaml). The PLAINTEXT listener on localhost is the broker's own
 * (controller and inter-broker traffic, super user {@code User:ANONYMOUS}: in KRaft no SCRAM credential
 * exists before the cluster runs) and is used here only to create the services' credentials and topics.
 */
public final class SecureBroker implements AutoCloseable {
    public static final String MECHANISM = "SCRAM-SHA-512";

    private final EmbeddedKafkaBroker broker;
    private final String plaintext;
    private final String sasl;
    private final Map<String, String> passwords;

    private SecureBroker(EmbeddedKafkaBroker broker, String plaintext, String sasl, Map<String, String> passwords) {
        this.broker = broker;
        this.plaintext = plaintext;
        this.sasl = sasl;
        this.passwords = passwords;
    }

    /** Starts the broker, gives each service of {@link Stack#SERVICES} its SCRAM credentials and creates the topics. */
    public static SecureBroker start() {
        int saslPort = KafkaBroker.freePort();
        String[] plaintext = new String[1];
        String superUsers = "User:ANONYMOUS;" + String.join(";", Stack.SERVICES.stream().map(s -> "User:" + s).toList());
        EmbeddedKafkaBroker broker = KafkaBroker.startDedicated(config -> {
            String listeners = config.getProperty("listeners");
            plaintext[0] = Arrays.stream(listeners.split(",")).filter(l -> l.startsWith("PLAINTEXT://"))
                    .map(l -> l.substring("PLAINTEXT://".length())).map(a -> a.startsWith(":") ? "localhost" + a : a)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no PLAINTEXT listener in " + listeners));
            config.put("listeners", listeners + ",SASL_PLAINTEXT://localhost:" + saslPort);
            config.put("listener.security.protocol.map",
                    config.getProperty("listener.security.protocol.map") + ",SASL_PLAINTEXT:SASL_PLAINTEXT");
            config.put("sasl.enabled.mechanisms", MECHANISM);
            config.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required;");
            config.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            config.put("super.users", superUsers);
            config.put("allow.everyone.if.no.acl.found", "false");
            config.put("auto.create.topics.enable", "true");
            config.put("num.partitions", "3");
            config.put("offsets.topic.replication.factor", "1");
            config.put("transaction.state.log.replication.factor", "1");
            config.put("transaction.state.log.min.isr", "1");
            config.put("group.initial.rebalance.delay.ms", "0");
        });
        Map<String, String> passwords = new LinkedHashMap<>();
        SecureRandom random = new SecureRandom();
        for (String service : Stack.SERVICES) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            passwords.put(service, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, plaintext[0]))) {
            List<UserScramCredentialUpsertion> users = passwords.entrySet().stream()
                    .map(e -> new UserScramCredentialUpsertion(e.getKey(),
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), e.getValue()))
                    .toList();
            admin.alterUserScramCredentials(List.copyOf(users)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            broker.close();
            throw new IllegalStateException("cannot create the services' SCRAM credentials", e);
        }
        KafkaBroker.createTopics(plaintext[0]);
        return new SecureBroker(broker, plaintext[0], "localhost:" + saslPort, passwords);
    }

    /** The SASL_PLAINTEXT + SCRAM-SHA-512 bootstrap address, for the services and agency systems. */
    public String sasl() {
        return sasl;
    }

    /** The broker's own PLAINTEXT listener (super user). */
    public String plaintext() {
        return plaintext;
    }

    /** How {@code service} reaches the broker: its own SCRAM login (and, for task-service, how agencies do). */
    public Map<String, String> environment(String service) {
        String jaas = jaas(service, passwords.get(service));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", sasl);
        env.put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("KAFKA_SASL_MECHANISM", MECHANISM);
        env.put("KAFKA_SASL_JAAS_CONFIG", jaas);
        if (service.equals("task-service")) {
            env.put("PHOIHOP_DELIVERY_ADMIN_BOOTSTRAP_SERVERS", sasl);
            env.put("PHOIHOP_DELIVERY_ADMIN_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
            env.put("PHOIHOP_DELIVERY_ADMIN_SASL_MECHANISM", MECHANISM);
            env.put("PHOIHOP_DELIVERY_ADMIN_SASL_JAAS_CONFIG", jaas);
            env.put("PHOIHOP_DELIVERY_AGENCY_BOOTSTRAP_SERVERS", sasl);
            env.put("PHOIHOP_DELIVERY_AGENCY_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        }
        return env;
    }

    public static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"%s\" password=\"%s\";"
                .formatted(user, password);
    }

    @Override
    public void close() {
        broker.close();
    }
}
