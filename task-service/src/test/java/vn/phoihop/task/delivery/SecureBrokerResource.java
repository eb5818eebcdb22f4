package vn.phoihop.task.delivery;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Runs the service against {@link SecureKafka} instead of the shared test broker: its consumers, outbox
 * and delivery administration use the super-user listener, agencies the SCRAM one. Ordered after
 * {@code RealInfrastructure} so that its broker address wins.
 */
public class SecureBrokerResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return Map.of(
                "kafka.bootstrap.servers", SecureKafka.plaintext(),
                "phoihop.delivery.admin.bootstrap-servers", SecureKafka.plaintext(),
                "phoihop.delivery.agency.bootstrap-servers", SecureKafka.sasl(),
                "phoihop.delivery.agency.security-protocol", "SASL_PLAINTEXT");
    }

    @Override
    public void stop() {
        // the broker stops with the JVM (other test classes may still use it)
    }

    @Override
    public int order() {
        return 1000;
    }
}
