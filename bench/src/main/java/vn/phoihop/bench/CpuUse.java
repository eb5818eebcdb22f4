package vn.phoihop.bench;

import vn.phoihop.testing.Stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the CPU went during one phase, to say which resource a missed target ran out of: the machine's busy share
 * of its cores (from /proc/stat) and the cores each part used (user + system time from /proc/&lt;pid&gt;/stat): the
 * four services, PostgreSQL (all its processes) and the harness, which also runs the broker.
 */
final class CpuUse {
    private static final double TICKS = 100.0; // USER_HZ on Linux
    private final Stack stack;
    private final long wall0 = System.nanoTime();
    private final long[] machine0 = machine();
    private final Map<String, Double> parts0;

    private CpuUse(Stack stack) {
        this.stack = stack;
        this.parts0 = parts();
    }

    static CpuUse start(Stack stack) {
        return new CpuUse(stack);
    }

    /** e.g. "CPU 97 % of 2 cores busy; cores used: postgres 0.71, task-service 0.52, harness+broker 0.30 …". */
    String summary() {
        double seconds = (System.nanoTime() - wall0) / 1e9;
        long[] machine1 = machine();
        double busy = machine1[1] - machine0[1] == 0 ? 0 : 1.0 - (double) (machine1[0] - machine0[0]) / (machine1[1] - machine0[1]);
        Map<String, Double> parts1 = parts();
        String used = parts1.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - parts0.getOrDefault(e.getKey(), 0.0)) / Math.max(seconds, 1e-3)))
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "CPU %.0f %% of %d cores busy; cores used: %s", 100 * busy,
                Runtime.getRuntime().availableProcessors(), used);
    }

    /** idle ticks, all ticks. */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < f.length; i++) {
                all += Long.parseLong(f[i]);
            }
            return new long[]{Long.parseLong(f[4]) + Long.parseLong(f[5]), all};
        } catch (IOException | RuntimeException e) {
            return new long[]{0, 0};
        }
    }

    /** CPU seconds so far of each part. */
    private Map<String, Double> parts() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String service : Stack.SERVICES) {
            seconds.put(service, cpuSeconds(stack.service(service).pid()));
        }
        seconds.put("harness+broker", cpuSeconds(ProcessHandle.current().pid()));
        double postgres = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String comm = Files.readString(p.resolve("comm")).trim();
                    if (comm.startsWith("postgres")) {
                        postgres += cpuSeconds(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            // no /proc: nothing to say
        }
        seconds.put("postgres", postgres);
        return seconds;
    }

    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            List<String> f = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
            return (Long.parseLong(f.get(11)) + Long.parseLong(f.get(12))) / TICKS; // utime, stime (fields 14, 15)
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
