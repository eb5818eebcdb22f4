package vn.phoihop.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system on real parts: one Kafka broker, one PostgreSQL database per service, and the four
 * packaged services as separate processes. Used by the end-to-end tests and the local stack.
 */
public final class Stack implements AutoCloseable {
    /** The services in the order they are listed; each name is its Maven module and, without "-service", its database. */
    public static final List<String> SERVICES = List.of("plan-service", "task-service", "report-service", "notification-service");
    /** Ports of the local stack (and of the services' own defaults). */
    public static final Map<String, Integer> DEFAULT_PORTS = Map.of(
            "plan-service", 8081, "task-service", 8082, "report-service", 8083, "notification-service", 8084);

    /** How long a service may take to be ready: 180 s, or PHOIHOP_READY_TIMEOUT_SECONDS (a saturated machine). */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.parseLong(
            java.util.Objects.requireNonNullElse(Settings.get("PHOIHOP_READY_TIMEOUT_SECONDS", "phoihop.ready-timeout-seconds"), "180")));

    /** The console (web application for people) is not a service: it has no database and calls the four over REST. */
    public static final String CONSOLE = "console";
    /** Port of the console in the local stack. */
    public static final int CONSOLE_PORT = 8080;

    private final String bootstrapServers;
    private final Map<String, ServiceProcess> services;
    private final Map<String, String> databases;
    private final Options options;
    private final boolean sharedBroker;
    private final SecureBroker secureBroker;

    private Stack(String bootstrapServers, Map<String, ServiceProcess> services, Map<String, String> databases, Options options,
                  boolean sharedBroker, SecureBroker secureBroker) {
        this.bootstrapServers = bootstrapServers;
        this.services = services;
        this.databases = databases;
        this.options = options;
        this.sharedBroker = sharedBroker;
        this.secureBroker = secureBroker;
    }

    /** How to start the stack. */
    public record Options(
            Path repositoryRoot,
            /** appended to each database name: "" gives phoihop_plan, "_e2e" phoihop_plan_e2e */
            String databaseSuffix,
            /** drop and recreate the databases first */
            boolean freshDatabases,
            /** fixed ports, or free ones when false */
            boolean defaultPorts,
            Path logDirectory,
            /** extra environment of every service process, e.g. PHOIHOP_CLOCK_START */
            Map<String, String> environment,
            /** a broker of its own with SCRAM logins and the standard authorizer ({@link SecureBroker}) */
            boolean secureBroker) {

        public Options(Path repositoryRoot, String databaseSuffix, boolean freshDatabases, boolean defaultPorts,
                       Path logDirectory, Map<String, String> environment) {
            this(repositoryRoot, databaseSuffix, freshDatabases, defaultPorts, logDirectory, environment, false);
        }

        /** The local stack: fixed ports, its broker enforcing SCRAM logins and ACLs, as in production. */
        public static Options local(Path root) {
            return new Options(root, "", false, true, root.resolve("deploy/local/logs"),
                    Map.of("JAVA_TOOL_OPTIONS", ServiceProcess.SMALL_MACHINE_JVM_OPTIONS), true);
        }

        public static Options endToEnd(Path root, Path logDirectory) {
            return new Options(root, "_e2e", true, false, logDirectory, Map.of());
        }

        public Options withEnvironment(Map<String, String> environment) {
            return new Options(repositoryRoot, databaseSuffix, freshDatabases, defaultPorts, logDirectory, environment, secureBroker);
        }

        public Options withSecureBroker() {
            return new Options(repositoryRoot, databaseSuffix, freshDatabases, defaultPorts, logDirectory, environment, true);
        }
    }

    /** The broker, the databases and the four services, all ready; or an exception saying what failed. */
    public static Stack start(Options options) {
        return start(options, null);
    }

    /**
     * The same on a broker of the caller's (a {@link RestartableKafkaBroker}, say), which the stack leaves running
     * when it closes; {@code null} for the shared broker of {@link KafkaBroker}.
     */
    public static Stack start(Options options, String ownBootstrapServers) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String service : SERVICES) {
            int port = options.defaultPorts() ? DEFAULT_PORTS.get(service) : KafkaBroker.freePort();
            if (options.defaultPorts()) {
                requireFree(service, port);
            }
            ports.put(service, port);
        }
        Map<String, Path> jars = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String service : SERVICES) {
            Path jar = options.repositoryRoot().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
            jars.put(service, jar);
            if (!Files.isRegularFile(jar)) {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Not packaged yet: " + missing + ". Build first, from the repository root: mvn -B install -DskipTests");
        }

        SecureBroker secure = ownBootstrapServers == null && options.secureBroker() ? SecureBroker.start() : null;
        String bootstrap = ownBootstrapServers != null ? ownBootstrapServers
                : secure != null ? secure.sasl() : KafkaBroker.bootstrapServers();
        Map<String, String> databases = new LinkedHashMap<>();
        for (String service : SERVICES) {
            String name = "phoihop_" + service.replace("-service", "") + options.databaseSuffix();
            databases.put(service, options.freshDatabases() ? Postgres.freshDatabase(name) : Postgres.database(name));
        }

        // all four boot at once; then each is awaited, so the total is about the slowest one
        Map<String, ServiceProcess> started = new LinkedHashMap<>();
        try {
            for (String service : SERVICES) {
                Map<String, String> environment = new LinkedHashMap<>();
                if (secure != null) {
                    environment.putAll(secure.environment(service));
                }
                environment.putAll(options.environment());
                started.put(service, ServiceProcess.start(service, jars.get(service), ports.get(service),
                        databases.get(service), bootstrap, options.logDirectory(), environment));
            }
            for (ServiceProcess process : started.values()) {
                process.awaitReady(READY_TIMEOUT);
            }
        } catch (RuntimeException e) {
            started.values().forEach(ServiceProcess::close);
            if (secure != null) {
                secure.close();
            }
            throw e;
        }
        return new Stack(bootstrap, started, databases, options, ownBootstrapServers == null && secure == null, secure);
    }

    /**
     * Starts the packaged console ({@code console/target/quarkus-app/quarkus-run.jar}) against the running
     * services, on port 8080 in the local stack or a free one in tests, and waits until it is ready. The
     * services' URLs, the stack's extra environment (the clock) and {@code environment} (e.g. the
     * development sign-in) are its configuration. It is stopped with the stack.
     */
    public synchronized ServiceProcess startConsole(Map<String, String> environment) {
        if (services.containsKey(CONSOLE)) {
            return services.get(CONSOLE);
        }
        Path jar = options.repositoryRoot().resolve(CONSOLE).resolve("target/quarkus-app/quarkus-run.jar");
        int port = options.defaultPorts() ? CONSOLE_PORT : KafkaBroker.freePort();
        if (options.defaultPorts()) {
            requireFree(CONSOLE, port);
        }
        Map<String, String> env = new LinkedHashMap<>(consoleEnvironment());
        env.putAll(options.environment());
        env.putAll(environment);
        ServiceProcess console = ServiceProcess.start(CONSOLE, jar, port, options.logDirectory(), env);
        services.put(CONSOLE, console);
        console.awaitReady(READY_TIMEOUT);
        return console;
    }

    /** Where the console finds each service: {@code PHOIHOP_CONSOLE_SERVICES_PLAN} … {@code _NOTIFICATION}. */
    private Map<String, String> consoleEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String service : SERVICES) {
            String key = service.replace("-service", "").toUpperCase(java.util.Locale.ROOT);
            env.put("PHOIHOP_CONSOLE_SERVICES_" + key, url(service));
        }
        return env;
    }

    private static void requireFree(String service, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " for " + service + " is taken (" + e.getMessage()
                    + "). Stop whatever listens there (see: ss -ltnp 'sport = :" + port + "') or an earlier local stack.");
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The broker enforcing SCRAM logins and ACLs, when the stack runs on one. */
    public java.util.Optional<SecureBroker> secureBroker() {
        return java.util.Optional.ofNullable(secureBroker);
    }

    public ServiceProcess service(String name) {
        ServiceProcess process = services.get(name);
        if (process == null) {
            throw new IllegalArgumentException("no such service: " + name);
        }
        return process;
    }

    public String url(String service) {
        return service(service).baseUrl();
    }

    public Map<String, ServiceProcess> services() {
        return services;
    }

    public Map<String, String> databases() {
        return databases;
    }

    /** Stops the console and the services (in parallel), then the broker this stack or this JVM started. */
    @Override
    public void close() {
        List<Thread> stopping = new ArrayList<>();
        for (ServiceProcess process : services.values()) {
            Thread thread = new Thread(process::close, process.name() + "-close");
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (secureBroker != null) {
            secureBroker.close();
        } else if (sharedBroker) {
            KafkaBroker.stop();
        }
    }

    /** The repository root: {@code -Dphoihop.root}, else the nearest directory up from here holding plan-service/. */
    public static Path repositoryRoot() {
        String configured = Settings.get("PHOIHOP_ROOT", "phoihop.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("plan-service")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath()
                + "; set -Dphoihop.root=/path/to/repo");
    }
}
