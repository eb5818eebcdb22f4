package vn.phoihop.task.delivery;

import java.util.Optional;

/** {@link BrokerAccess} outside Quarkus, administering the broker at a given address as the super user. */
final class Brokers {
    private Brokers() {
    }

    static BrokerAccess access(String bootstrapServers) {
        BrokerAccess access = new BrokerAccess();
        access.config = config(bootstrapServers);
        return access;
    }

    private static DeliveryConfig config(String bootstrapServers) {
        DeliveryConfig.Admin admin = new DeliveryConfig.Admin() {
            public String bootstrapServers() { return bootstrapServers; }
            public Optional<String> securityProtocol() { return Optional.empty(); }
            public Optional<String> saslMechanism() { return Optional.empty(); }
            public Optional<String> saslJaasConfig() { return Optional.empty(); }
            public Optional<String> sslTruststoreLocation() { return Optional.empty(); }
            public Optional<String> sslTruststoreType() { return Optional.empty(); }
            public int timeoutMs() { return 15_000; }
        };
        DeliveryConfig.Agency agency = new DeliveryConfig.Agency() {
            public Optional<String> bootstrapServers() { return Optional.empty(); }
            public String securityProtocol() { return "SASL_PLAINTEXT"; }
        };
        DeliveryConfig.Topic topic = new DeliveryConfig.Topic() {
            public int partitions() { return 1; }
            public Optional<Short> replicationFactor() { return Optional.empty(); }
            public long retentionMs() { return 2_592_000_000L; }
        };
        return new DeliveryConfig() {
            public Admin admin() { return admin; }
            public Agency agency() { return agency; }
            public Topic topic() { return topic; }
        };
    }
}
