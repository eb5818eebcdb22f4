package vn.phoihop.bench;

import vn.phoihop.testing.KafkaBroker;
import vn.phoihop.testing.Postgres;
import vn.phoihop.testing.ServiceProcess;
import vn.phoihop.testing.Stack;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark: raw anchors, then the four packaged services (and the console when it is packaged) on one broker
 * and the local PostgreSQL (databases phoihop_*_bench, created fresh), loaded with synthetic agencies:
 * the console's pages on the demo data, fan-out, report submissions, reminders, start time and memory. {@code bash bench/run.sh} builds and runs it;
 * {@code --smoke} runs every step at a small size without judging the figures. Sizes can be set:
 * {@code --fan-out=1000,10000,100000 --clients=16,64,256 --reports=1000 --reminders=1000000,10000} (open, due),
 * {@code --patience=600} (seconds to wait for a fan-out or the reminders), {@code --report-seconds=120} (time box
 * of one concurrency level), {@code --agencies-over-rest=2000}, {@code --start-alone=0} to skip the restarts.
 * {@code --console-pages} measures only the console's pages on the demo data ({@link ConsolePages}), in minutes.
 */
public final class Bench {
    /** JVM options of every service process in the bench: the local stack's ({@code PHOIHOP_SERVICE_JVM_OPTIONS} to try others). */
    static final String SERVICE_JVM_OPTIONS = System.getenv().getOrDefault("PHOIHOP_SERVICE_JVM_OPTIONS",
            ServiceProcess.SMALL_MACHINE_JVM_OPTIONS);

    public static void main(String[] args) throws Exception {
        boolean smoke = List.of(args).contains("--smoke");
        boolean pagesOnly = List.of(args).contains("--console-pages");
        Path root = Stack.repositoryRoot();
        Path out = root.resolve("bench/results");
        Path logs = out.resolve("logs");
        Results results = new Results();
        machine(results, smoke);
        if (pagesOnly) {
            results.machine.put("mode", "console pages");
        }
        results.machine.put("arguments", String.join(" ", args));
        String uptimeBefore = uptime();
        results.machine.put("load before (uptime)", uptimeBefore);

        if (!pagesOnly) {
            String anchorDb = Postgres.freshDatabase("phoihop_anchor_bench");
            Anchors.measure(anchorDb, Postgres.user(), Postgres.password(), KafkaBroker.bootstrapServers(), smoke ? 0.1 : 1.0, results);
        }

        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_TOOL_OPTIONS", SERVICE_JVM_OPTIONS);
        env.put("QUARKUS_LOG_CATEGORY__VN_PHOIHOP__LEVEL", "INFO");
        // parts of 100 tasks, and consumer transactions that outlive a saturated machine's pauses
        env.put("PHOIHOP_PLAN_EVENT_PART_MAX_TASKS", "100");
        env.put("QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT", "300s");
        long t0 = System.nanoTime();
        Stack stack = Stack.start(new Stack.Options(root, "_bench", true, false, logs, env));
        double together = Anchors.seconds(t0);
        Thread stopper = new Thread(stack::close, "bench-stop");
        Runtime.getRuntime().addShutdownHook(stopper); // Ctrl-C stops the services too
        try {
            results.add("start", "four services started at once, until the slowest is ready", together, "s",
                    "", null, null, "all four JVMs boot on the same 2 cores at the same time");
            if (Files.isRegularFile(root.resolve("console/target/quarkus-app/quarkus-run.jar"))) {
                long c0 = System.nanoTime();
                try {
                    // no identity provider in the bench: the local profile (development sign-in, OIDC off); the
                    // prod profile refuses the development sign-in
                    stack.startConsole(Map.of("QUARKUS_PROFILE", "local"));
                    results.add("start", "console started after the services", Anchors.seconds(c0), "s", "", null, null, "");
                    new ConsolePages(stack, results).run();
                } catch (RuntimeException e) {
                    results.note("the console did not start or its pages were not measured: " + e.getMessage().lines().skip(1)
                            .filter(l -> !l.isBlank() && !l.startsWith("Picked up")).findFirst().orElse(e.getMessage()));
                }
            }
            if (!pagesOnly) {
                load(stack, results, args, smoke, env);
            }
        } catch (RuntimeException e) {
            results.note("the run stopped early: " + e.getMessage().lines().findFirst().orElse(""));
            e.printStackTrace();
        } finally {
            results.machine.put("load after (uptime)", uptime());
            String name = pagesOnly ? "console-pages" : smoke ? "smoke" : "latest";
            results.write(out, name, pagesOnly ? "Console pages on the demo data" : smoke ? "Smoke run (small sizes, figures not judged)" : "Latest full run");
            System.out.println(results.markdown(name));
            System.out.println("Written: " + out.resolve(name + ".md") + " and " + out.resolve(name + ".json"));
            Runtime.getRuntime().removeShutdownHook(stopper);
            stack.close();
        }
        System.exit(0);
    }

    /** The synthetic load: agencies, fan-outs, report submissions, memory, reminders, each service started alone. */
    static void load(Stack stack, Results results, String[] args, boolean smoke, Map<String, String> env) throws Exception {
        java.time.Duration patience = java.time.Duration.ofSeconds(option(args, "--patience", List.of(smoke ? 120 : 600)).get(0));
        Load load = new Load(stack, results, smoke, patience,
                java.time.Duration.ofSeconds(option(args, "--report-seconds", List.of(smoke ? 60 : 120)).get(0)));
        List<Integer> sizes = option(args, "--fan-out", smoke ? List.of(200) : List.of(1_000, 10_000, 100_000));
        List<Integer> levels = option(args, "--clients", smoke ? List.of(4, 8) : List.of(16, 64, 256));
        int perLevel = option(args, "--reports", List.of(smoke ? 20 : 1_000)).get(0);
        List<Integer> reminders = option(args, "--reminders", smoke ? List.of(1_000, 100) : List.of(1_000_000, 10_000));
        int largest = sizes.stream().max(Integer::compare).orElseThrow();
        load.agencies(Math.max(largest, perLevel * levels.size()), option(args, "--agencies-over-rest", List.of(smoke ? 300 : 2_000)).get(0));
        Load.FanOut reportsFrom = null;
        for (int size : sizes) {
            Load.FanOut f = load.fanOut(size);
            if (reportsFrom == null && size >= perLevel * levels.size()) {
                reportsFrom = f;
            }
        }
        if (reportsFrom != null) {
            load.reports(reportsFrom, levels, perLevel);
        } else {
            results.note("no fan-out plan large enough for " + perLevel + " reports × " + levels.size() + " levels");
        }
        rss(stack, results, "after the load");
        new Reminders(stack, results, smoke, patience).run(reminders.get(0), reminders.get(1));
        if (option(args, "--start-alone", List.of(1)).get(0) == 1) {
            startAlone(stack, results, env);
        }
    }

    /** {@code --name=1,2,3} from the command line, else the default. */
    static List<Integer> option(String[] args, String name, List<Integer> fallback) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return java.util.Arrays.stream(arg.substring(name.length() + 1).split(","))
                        .map(v -> Integer.parseInt(v.trim().replace("_", ""))).toList();
            }
        }
        return fallback;
    }

    /** Each service restarted on its own (the others stay up): time to ready, and its RSS at idle. */
    static void startAlone(Stack stack, Results results, Map<String, String> env) {
        for (String service : Stack.SERVICES) {
            ServiceProcess old = stack.service(service);
            int port = old.port();
            old.close();
            long t0 = System.nanoTime();
            ServiceProcess fresh = ServiceProcess.start(service,
                    Stack.repositoryRoot().resolve(service).resolve("target/quarkus-app/quarkus-run.jar"), port,
                    stack.databases().get(service), stack.bootstrapServers(),
                    old.log().getParent(), env);
            stack.services().put(service, fresh);
            fresh.awaitReady(java.time.Duration.ofSeconds(600));
            double seconds = Anchors.seconds(t0);
            results.add("start", service + " started alone, until ready", seconds, "s", "≤ 3 s", seconds <= 3.0, null,
                    "process launch to /q/health/ready 200 (polled every 250 ms)");
            awaitQuiet(10);
            double rss = rssMb(fresh.pid());
            results.add("memory", service + " RSS at idle after start", rss, "MB", "≤ 250 MB", rss <= 250, null, "");
        }
    }

    static void rss(Stack stack, Results results, String when) {
        for (String service : Stack.SERVICES) {
            double rss = rssMb(stack.service(service).pid());
            results.add("memory", service + " RSS " + when, rss, "MB", "", null, null, "-Xmx256m " + SERVICE_JVM_OPTIONS);
        }
    }

    static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    static void awaitQuiet(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void machine(Results results, boolean smoke) {
        results.machine.put("when", Instant.now().toString());
        results.machine.put("mode", smoke ? "smoke" : "full");
        results.machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        try {
            String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
            results.machine.put("cpu", cpu);
            String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("[^0-9]", "");
            results.machine.put("memory", String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(mem) / 1024.0 / 1024.0));
        } catch (IOException | RuntimeException e) {
            results.machine.put("cpu", "?");
        }
        results.machine.put("java", System.getProperty("java.version") + " " + System.getProperty("java.vm.name"));
        results.machine.put("harness JVM", ManagementFactory.getRuntimeMXBean().getInputArguments().toString());
    }

    static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim() + " (1/5/15-min load averages, running/total tasks)";
        } catch (IOException e) {
            return "?";
        }
    }

    private Bench() {
    }
}
