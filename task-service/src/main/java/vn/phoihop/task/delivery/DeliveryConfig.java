package vn.phoihop.task.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * Per-agency delivery topics: how task-service reaches the broker as its administrator, and what it
 * tells an agency system about connecting. Properties {@code phoihop.delivery.*}.
 */
@ConfigMapping(prefix = "phoihop.delivery")
public interface DeliveryConfig {

    /** The principal that creates topics, SCRAM users and ACLs (needs ALTER and DESCRIBE on the cluster). */
    Admin admin();

    /** What agency systems are told to connect to (the listener with SCRAM, usually TLS). */
    Agency agency();

    Topic topic();

    interface Admin {
        @WithDefault("${kafka.bootstrap.servers}")
        String bootstrapServers();

        /** PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL; the Kafka client's default (PLAINTEXT) when absent. */
        Optional<String> securityProtocol();

        /** e.g. SCRAM-SHA-512 */
        Optional<String> saslMechanism();

        /** e.g. {@code org.apache.kafka.common.security.scram.ScramLoginModule required username="…" password="…";} */
        Optional<String> saslJaasConfig();

        /** PEM or JKS truststore holding the cluster CA, for SSL/SASL_SSL. */
        Optional<String> sslTruststoreLocation();

        Optional<String> sslTruststoreType();

        /** Bound on each admin request, so a dead broker answers a clear problem rather than hanging. */
        @WithDefault("15000")
        int timeoutMs();
    }

    interface Agency {
        /** Defaults to the admin's bootstrap servers; in production the external SCRAM listener. */
        Optional<String> bootstrapServers();

        @WithDefault("SASL_SSL")
        String securityProtocol();
    }

    interface Topic {
        /** One partition: an agency's events in one total order; one agency's volume is small. */
        @WithDefault("1")
        int partitions();

        /** Broker default when absent (3 in the Strimzi cluster, 1 on a single test broker). */
        Optional<Short> replicationFactor();

        /** 30 days: an agency system may be offline for a while (holidays, Tết) and must catch up. */
        @WithDefault("2592000000")
        long retentionMs();
    }
}
