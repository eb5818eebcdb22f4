package vn.phoihop.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Quarkus test resource giving a service the real broker and its own real database. Use as
 * {@code @WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "phoihop_task_test"))}.
 * The broker is started once per test JVM and shared by every test class.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "phoihop_test");
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "kafka.bootstrap.servers", KafkaBroker.bootstrapServers(),
                "quarkus.datasource.jdbc.url", Postgres.database(database),
                "quarkus.datasource.username", Postgres.user(),
                "quarkus.datasource.password", Postgres.password(),
                // a test database starts empty, whatever an earlier run left
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false");
    }

    @Override
    public void stop() {
        // the broker and the database outlive a test class; the broker stops with the JVM
    }
}
