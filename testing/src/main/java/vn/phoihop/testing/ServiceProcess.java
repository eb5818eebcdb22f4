package vn.phoihop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged service ({@code <module>/target/quarkus-app/quarkus-run.jar}) running as a child JVM,
 * as it would run in production: its own process, configured through environment variables, its
 * output in a log file. The child is stopped when this JVM exits, however it exits short of SIGKILL.
 */
public final class ServiceProcess implements AutoCloseable {
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final String name;
    private final int port;
    private final Path log;
    /**
     * JVM options for a machine that runs the whole system on a few cores (the local stack, the benchmark): a small
     * initial heap that grows as needed, the serial collector, and only the quick C1 compiler, whose compilations
     * cost a fraction of C2's CPU when every service warms up at once; with {@code -Xmx256m} from the command line.
     */
    public static final String SMALL_MACHINE_JVM_OPTIONS = "-Xms32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "
            + "-XX:ReservedCodeCacheSize=64m -Xss512k -XX:MaxMetaspaceSize=160m -XX:MaxDirectMemorySize=64m";

    /** The AppCDS archive Quarkus writes next to quarkus-run.jar when asked to. */
    static final String CLASS_ARCHIVE = "app-cds.jsa";

    private final ProcessBuilder command;
    private volatile Process process;
    private final Thread stopOnExit;

    private ServiceProcess(String name, int port, Path log, ProcessBuilder command, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.command = command;
        this.process = process;
        this.stopOnExit = new Thread(this::stop, name + "-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Starts {@code jar} on {@code port} with the given database and broker; its output goes to
     * {@code logDirectory/<name>.log}. Does not wait: call {@link #awaitReady(Duration)}.
     */
    public static ServiceProcess start(String name, Path jar, int port, String jdbcUrl, String bootstrapServers,
                                       Path logDirectory, Map<String, String> extraEnvironment) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", Postgres.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", Postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        // the packaged service has no token key of its own: the development one, given explicitly; the
        // "local" profile is production's settings with the test hooks allowed (PHOIHOP_CLOCK_START);
        // e-mail is only logged unless a test gives an SMTP server
        env.put("QUARKUS_PROFILE", "local");
        env.put("PHOIHOP_JWT_PUBLIC_KEY", "file:" + DevTokens.publicKeyFile().toAbsolutePath());
        env.put("PHOIHOP_JWT_ISSUER", DevTokens.ISSUER);
        env.put("QUARKUS_MAILER_MOCK", "true");
        env.put("PHOIHOP_WEBHOOK_REQUIRE_HTTPS", "false");
        env.put("PHOIHOP_WEBHOOK_SECRET_KEY", "ZGV2LW9ubHktd2ViaG9vay1zZWNyZXQta2V5LTMyYiE="); // public: development only
        env.putAll(extraEnvironment);
        return start(name, jar, port, logDirectory, env);
    }

    /**
     * Starts a packaged application that needs neither database nor broker (the console), configured
     * only through {@code environment}; {@code QUARKUS_HTTP_PORT} is set from {@code port}.
     */
    public static ServiceProcess start(String name, Path jar, int port, Path logDirectory, Map<String, String> environment) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not packaged: " + jar.toAbsolutePath()
                    + " is missing. Build first: mvn -B install -DskipTests");
        }
        try {
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve(name + ".log");
            Map<String, String> env = new LinkedHashMap<>();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.putAll(environment);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-Dfile.encoding=UTF-8", "-Duser.timezone=UTC"));
            if (Files.isRegularFile(jar.toAbsolutePath().getParent().resolve(CLASS_ARCHIVE))) {
                // built with -Dquarkus.package.jar.appcds.enabled=true: the classes' parsed form is mapped, not loaded
                command.add("-XX:SharedArchiveFile=" + CLASS_ARCHIVE);
            }
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(jar.toAbsolutePath().getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            return new ServiceProcess(name, port, log, builder, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200; fails with the log's tail on timeout or early exit. */
    public ServiceProcess awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before it was ready. Last lines of " + log + ":\n" + logTail(60));
            }
            if (ready()) {
                return this;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " was not ready on port " + port + " within " + timeout
                        + ". Last lines of " + log + ":\n" + logTail(60));
            }
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS); // returns early if the child dies
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
    }

    private boolean ready() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl() + "/q/health/ready").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** The last {@code lines} lines of the service's log. */
    public String logTail(int lines) {
        try {
            if (!Files.exists(log)) {
                return "(no log yet)";
            }
            List<String> all = new ArrayList<>(List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n")));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /**
     * Kills the service at once (SIGKILL: no shutdown hook, no graceful stop), as a crash or an OOM killer would,
     * and waits until it is gone.
     */
    public synchronized void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, e);
        }
    }

    /**
     * Starts the service again with the same port, database, broker and environment (its log goes on in the same
     * file). Does not wait: call {@link #awaitReady(Duration)}.
     */
    public synchronized ServiceProcess restart() {
        return restart(Map.of());
    }

    /** The same, with some environment variables changed (a clock set elsewhere, say). */
    public synchronized ServiceProcess restart(Map<String, String> changedEnvironment) {
        command.environment().putAll(changedEnvironment);
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running; stop or kill it first");
        }
        try {
            command.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            process = command.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("could not restart " + name, e);
        }
    }

    /** Asks the service to stop (SIGTERM, Quarkus shuts down gracefully), then kills it after a bound. */
    public synchronized void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to: nothing to remove
        }
    }
}
