package vn.phoihop.testing;

import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL for tests and the local stack. Each service has its own database, created when missing:
 * <ol>
 *   <li>{@code PHOIHOP_POSTGRES_URL} (e.g. {@code jdbc:postgresql://db:5432/}) when set;</li>
 *   <li>else, where a Docker engine runs, a Testcontainers PostgreSQL;</li>
 *   <li>else the server at 127.0.0.1:5432.</li>
 * </ol>
 * User and password come from {@code PHOIHOP_DB_USER} / {@code PHOIHOP_DB_PASSWORD} (default postgres, none).
 * {@code PHOIHOP_DB_NAMESPACE} (e.g. {@code _ws2}) is appended to every database name, so that two checkouts can
 * run their tests on one server at the same time without dropping each other's databases.
 */
public final class Postgres {
    private static String serverUrl;
    private static String user = orDefault(Settings.get("PHOIHOP_DB_USER", "phoihop.db.user"), "postgres");
    private static String password = orDefault(Settings.get("PHOIHOP_DB_PASSWORD", "phoihop.db.password"), "");

    /** JDBC URL of {@code database} on the shared server, creating the database when it does not exist. */
    public static synchronized String database(String database) {
        return createIfMissing(namespaced(database));
    }

    private static String createIfMissing(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        String server = serverUrl();
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, password)) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        try (Statement create = connection.createStatement()) {
                            create.execute("create database " + database + " encoding 'UTF8' template template0");
                        }
                    }
                }
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created meanwhile by a parallel run: fine
                throw new IllegalStateException("PostgreSQL at " + server + " refused to create " + database + ": " + e.getMessage(), e);
            }
        }
        return server + database;
    }

    /**
     * JDBC URL of {@code database}, dropped (disconnecting whoever uses it) and created empty: a clean
     * slate for end-to-end runs. Never use it on a database that holds anything worth keeping.
     */
    public static synchronized String freshDatabase(String database) {
        database = namespaced(database);
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        String server = serverUrl();
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
             Statement drop = connection.createStatement()) {
            drop.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server + " refused to drop " + database + ": " + e.getMessage(), e);
        }
        return createIfMissing(database);
    }

    private static String namespaced(String database) {
        String namespace = Settings.get("PHOIHOP_DB_NAMESPACE", "phoihop.db.namespace");
        return namespace == null || database.endsWith(namespace) ? database : database + namespace;
    }

    public static String user() {
        return user;
    }

    public static String password() {
        return password;
    }

    private static String serverUrl() {
        if (serverUrl != null) {
            return serverUrl;
        }
        String configured = Settings.get("PHOIHOP_POSTGRES_URL", "phoihop.postgres.url");
        if (configured != null) {
            serverUrl = configured.endsWith("/") ? configured : configured + "/";
        } else if (Docker.available()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "postgres-container-stop"));
            user = container.getUsername();
            password = container.getPassword();
            serverUrl = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
        } else {
            serverUrl = "jdbc:postgresql://127.0.0.1:5432/";
        }
        try (Connection ignored = DriverManager.getConnection(serverUrl + "postgres", user, password)) {
            return serverUrl;
        } catch (SQLException e) {
            String tried = serverUrl;
            serverUrl = null;
            throw new IllegalStateException("""
                    No PostgreSQL answers at %s (%s).
                    Start the local server:   pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
                    or point the tests at one: export PHOIHOP_POSTGRES_URL=jdbc:postgresql://HOST:5432/ \
                    PHOIHOP_DB_USER=... PHOIHOP_DB_PASSWORD=...""".formatted(tried, e.getMessage()), e);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private Postgres() {
    }
}
