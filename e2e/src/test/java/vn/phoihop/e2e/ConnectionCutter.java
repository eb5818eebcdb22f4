package vn.phoihop.e2e;

import vn.phoihop.testing.Postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cuts every connection a service holds to its database, again and again for a while, as a PostgreSQL failover
 * or a network blip would: {@code pg_terminate_backend} on each backend of that database, from a connection to
 * another database ({@code postgres}), every 200 ms. The pause between rounds paces the fault; nothing waits on it.
 */
final class ConnectionCutter {
    private static final long ROUND_MILLIS = 200;

    private ConnectionCutter() {
    }

    /** Cuts {@code database}'s connections for {@code duration} from {@code jdbcUrl}'s server; returns how many were cut. */
    static int cut(String jdbcUrl, Duration duration) {
        String database = databaseName(jdbcUrl);
        String server = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + "postgres";
        AtomicInteger terminated = new AtomicInteger();
        long until = System.nanoTime() + duration.toNanos();
        try (Connection admin = DriverManager.getConnection(server, Postgres.user(), Postgres.password());
             PreparedStatement terminate = admin.prepareStatement(
                     "select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity"
                             + " where datname = ? and pid <> pg_backend_pid()")) {
            terminate.setString(1, database);
            while (System.nanoTime() < until) {
                try (ResultSet rs = terminate.executeQuery()) {
                    rs.next();
                    terminated.addAndGet(rs.getInt(1));
                }
                Thread.sleep(ROUND_MILLIS); // the fault's pace
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not cut the connections to " + database, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return terminated.get();
    }

    /** The database of a JDBC URL ({@code jdbc:postgresql://host:5432/phoihop_task_faults?x=y} → {@code phoihop_task_faults}). */
    static String databaseName(String jdbcUrl) {
        String tail = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        int query = tail.indexOf('?');
        return query < 0 ? tail : tail.substring(0, query);
    }
}
