package vn.phoihop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.phoihop.events.CloudEventHeaders;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.Postgres;
import vn.phoihop.testing.Stack;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The synthetic province BENCH: a people's committee and N communes (BENCH.X0000001 …), a letter of the
 * committee with one task per commune, and the communes' reports over REST.
 */
final class Load {
    static final String PROVINCE = "BENCH";
    static final String ISSUER = "BENCH.UBND";
    static final String ADMIN = DevTokens.issue(ISSUER, "admin");
    static final String COORDINATOR = DevTokens.issue(ISSUER, "coordinator");

    final Stack stack;
    final Results results;
    final boolean smoke;
    final Duration patience;

    final Duration reportTimeBox;

    Load(Stack stack, Results results, boolean smoke, Duration patience, Duration reportTimeBox) {
        this.stack = stack;
        this.results = results;
        this.smoke = smoke;
        this.patience = patience;
        this.reportTimeBox = reportTimeBox;
    }

    static String commune(int i) {
        return String.format(Locale.ROOT, "BENCH.X%07d", i);
    }

    /**
     * The directory: the committee and the first {@code throughApi} communes through the import API (timed: it is
     * how a province loads its directory), the rest written straight into plan-service's agency table with one
     * server-side INSERT … SELECT (load setup only; the fan-out needs plan-service to know the codes).
     */
    void agencies(int count, int throughApi) throws Exception {
        long t0 = System.nanoTime();
        ArrayNode head = Http.JSON.createArrayNode();
        head.add(agency(ISSUER, "Ủy ban nhân dân tỉnh Thử Tải", "UBND", "PEOPLES_COMMITTEE", null));
        importSlice(head);
        int api = Math.min(count, throughApi);
        for (int from = 1; from <= api; from += 1_000) {
            ArrayNode slice = Http.JSON.createArrayNode();
            for (int i = from; i < from + 1_000 && i <= api; i++) {
                slice.add(agency(commune(i), "Ủy ban nhân dân xã Thử Tải số " + i, "UBNDX" + i, "COMMUNE_UNIT", ISSUER));
            }
            importSlice(slice);
        }
        double seconds = Anchors.seconds(t0);
        results.add("setup", String.format(Locale.ROOT, "%,d agencies imported over REST (POST /agency-directory/BENCH/import)", api),
                seconds, "s", "", null, null, String.format(Locale.ROOT, "%.0f agencies/s; setup, not a target", api / seconds));
        if (count > api) {
            long s0 = System.nanoTime();
            try (Connection plan = db("plan-service"); java.sql.Statement s = plan.createStatement()) {
                s.executeUpdate("insert into agency (code, name, symbol, kind, parent_code, province_code, active) "
                        + "select 'BENCH.X' || lpad(g::text, 7, '0'), 'Ủy ban nhân dân xã Thử Tải số ' || g, 'UBNDX' || g, "
                        + "'COMMUNE_UNIT', '" + ISSUER + "', '" + PROVINCE + "', true from generate_series(" + (api + 1) + ", " + count
                        + ") g on conflict (code) do nothing");
            }
            results.add("setup", String.format(Locale.ROOT, "%,d more agencies written into plan-service's database", count - api),
                    Anchors.seconds(s0), "s", "", null, null, "one INSERT … SELECT; setup, not a target");
        }
    }

    private ObjectNode agency(String code, String name, String symbol, String kind, String parent) {
        ObjectNode a = Http.JSON.createObjectNode();
        a.put("code", code).put("name", name).put("symbol", symbol).put("kind", kind).put("provinceCode", PROVINCE);
        if (parent != null) {
            a.put("parentCode", parent);
        }
        return a;
    }

    private void importSlice(ArrayNode rows) {
        Http.expect(Http.send(stack.url("plan-service") + "/agency-directory/" + PROVINCE + "/import", "POST", ADMIN,
                rows.toString(), Duration.ofMinutes(10)), 200, "import " + rows.size() + " agencies");
    }

    record FanOut(UUID planId, int size) {
    }

    /**
     * A letter to {@code size} communes (one task each), drafted, then issued; times from the issue request to
     * every assignment in task-service, every projection in report- and notification-service and every
     * TaskAssigned on the broker.
     */
    FanOut fanOut(int size) throws Exception {
        ObjectNode plan = Http.JSON.createObjectNode();
        plan.put("subject", String.format(Locale.ROOT, "Triển khai thực hiện tới %,d xã (thử tải)", size));
        plan.put("place", "Thử Tải");
        ArrayNode tasks = plan.putArray("tasks");
        String deadline = LocalDate.now().plusDays(60).toString();
        for (int i = 1; i <= size; i++) {
            tasks.addObject().put("title", "Tổ chức tuyên truyền tại xã số " + i).put("leadAgencyCode", commune(i))
                    .put("deadline", deadline);
        }
        long d0 = System.nanoTime();
        JsonNode draft = Http.expect(Http.send(stack.url("plan-service") + "/plans", "POST", COORDINATOR, plan.toString(),
                Duration.ofMinutes(15)), 201, "draft the letter to " + size);
        double drafting = Anchors.seconds(d0);
        UUID planId = UUID.fromString(draft.path("id").asText());
        String label = String.format(Locale.ROOT, "%,d agencies", size);

        try (BrokerCount assigned = new BrokerCount(stack.bootstrapServers(), planId.toString());
             Connection task = db("task-service"); Connection report = db("report-service");
             Connection notification = db("notification-service")) {
            long t0 = System.nanoTime();
            CpuUse cpu = CpuUse.start(stack);
            Http.expect(Http.send(stack.url("plan-service") + "/plans/" + planId + "/issue", "POST", COORDINATOR, null,
                    Duration.ofMinutes(15)), 200, "issue the letter to " + size);
            double issuing = Anchors.seconds(t0);
            assigned.start();
            double[] done = awaitAll(t0, size, Map.of(
                    "task", () -> count(task, "select count(*) from assignment where plan_id = ?", planId),
                    "report", () -> count(report, "select count(*) from reportable_assignment where plan_id = ?", planId),
                    "notification", () -> count(notification, "select count(*) from assignment where plan_id = ?", planId),
                    "broker", assigned::count));
            results.note("fan-out to " + label + ", issue until the last projection: " + cpu.summary());
            results.add("fan-out " + label, "drafting the letter (POST /plans)", drafting, "s", "", null, null, "setup");
            results.add("fan-out " + label, "issuing (POST /plans/{id}/issue answered)", issuing, "s", "", null, null, "");
            boolean tenK = size == 10_000;
            row(label, "issue → every assignment in task-service", done[0], size, tenK ? "≤ 2 s" : "", tenK ? 2.0 : 0);
            row(label, "issue → every TaskAssigned on the broker", done[3], size, "", 0);
            row(label, "issue → every reportable assignment in report-service", done[1], size, tenK ? "≤ 5 s" : "", tenK ? 5.0 : 0);
            row(label, "issue → every assignment in notification-service", done[2], size, tenK ? "≤ 5 s" : "", tenK ? 5.0 : 0);
        }
        return new FanOut(planId, size);
    }

    private void row(String label, String work, double seconds, int size, String target, double limit) {
        boolean complete = !Double.isNaN(seconds);
        results.add("fan-out " + label, work, seconds, "s", target, target.isEmpty() || smoke ? null : complete && seconds <= limit,
                null, complete ? "" : "not complete within " + patience.toMinutes() + " min");
        if (complete) {
            results.add("fan-out " + label, work.replace("issue → every ", "rate: ") + " per second", size / seconds, "/s",
                    target.isEmpty() ? "" : "≥ 5,000/s", target.isEmpty() || smoke ? null : size / seconds >= 5_000,
                    Anchors.PG_SINGLE, "");
        }
    }

    /** Seconds from {@code t0} until each counter reaches {@code size}; NaN for one that never did. */
    private double[] awaitAll(long t0, int size, Map<String, LongSupplier> counters) {
        List<String> names = List.of("task", "report", "notification", "broker");
        double[] done = new double[names.size()];
        Arrays.fill(done, Double.NaN);
        long deadline = t0 + patience.toNanos();
        long[] last = new long[names.size()];
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (int k = 0; k < names.size(); k++) {
                if (!Double.isNaN(done[k])) {
                    continue;
                }
                last[k] = counters.get(names.get(k)).getAsLong();
                if (last[k] >= size) {
                    done[k] = Anchors.seconds(t0);
                } else {
                    all = false;
                }
            }
            if (all) {
                break;
            }
            pause(100);
        }
        results.note(String.format(Locale.ROOT, "fan-out to %,d: counted at the end: task-service %,d, report-service %,d, "
                + "notification-service %,d, TaskAssigned on the broker %,d", size, last[0], last[1], last[2], last[3]));
        return done;
    }

    /**
     * {@code perLevel} reports at each concurrency level, each from its own commune's assignment of the fan-out
     * plan: throughput, latency percentiles, and how long after the last answer task-service shows them all
     * SUBMITTED.
     */
    void reports(FanOut from, List<Integer> levels, int wanted) throws Exception {
        int perLevel = wanted;
        List<String[]> assignments = new ArrayList<>();
        try (Connection task = db("task-service");
             PreparedStatement q = task.prepareStatement("select id, agency_code from assignment where plan_id = ? order by agency_code limit ?")) {
            q.setObject(1, from.planId());
            q.setInt(2, perLevel * levels.size());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    assignments.add(new String[]{rs.getString(1), rs.getString(2)});
                }
            }
        }
        if (assignments.size() < perLevel * levels.size()) {
            results.note("only " + assignments.size() + " assignments of the plan to report on; " + perLevel + " per level wanted");
            perLevel = assignments.size() / levels.size();
            if (perLevel == 0) {
                return;
            }
        }
        final int each = perLevel;
        int offset = 0;
        for (int clients : levels) {
            List<String[]> mine = assignments.subList(offset, offset + each);
            offset += each;
            String[] tokens = mine.stream().map(a -> DevTokens.issue(a[1], "officer")).toArray(String[]::new);
            long[] latencies = new long[each];
            AtomicInteger next = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            CpuUse cpu = CpuUse.start(stack);
            long t0 = System.nanoTime();
            long stopAt = t0 + reportTimeBox.toNanos();
            AtomicInteger answered = new AtomicInteger();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    int i;
                    while (System.nanoTime() < stopAt && (i = next.getAndIncrement()) < each) {
                        String body = "{\"assignmentId\":\"" + mine.get(i)[0] + "\",\"summary\":\"Đã tổ chức tuyên truyền tại "
                                + mine.get(i)[1] + ": 3 buổi, 120 lượt người tham dự\",\"indicators\":{}}";
                        long s = System.nanoTime();
                        HttpResponse<String> r = Http.send(stack.url("report-service") + "/reports", "POST", tokens[i], body,
                                Duration.ofSeconds(60));
                        latencies[i] = System.nanoTime() - s;
                        answered.incrementAndGet();
                        if (r.statusCode() != 201) {
                            if (failed.getAndIncrement() < 3) {
                                System.out.println("report failed: HTTP " + r.statusCode() + " " + r.body());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double wall = Anchors.seconds(t0);
            long lastAnswer = System.nanoTime();
            String cpuUse = cpu.summary();
            pool.shutdown();
            int n = answered.get();
            if (n == 0) {
                results.note(clients + " clients: no report answered within " + reportTimeBox.toSeconds() + " s");
                continue;
            }
            long[] answeredLatencies = new long[n];
            int k = 0;
            for (long l : latencies) {
                if (l > 0 && k < n) {
                    answeredLatencies[k++] = l;
                }
            }
            long[] sorted = Arrays.copyOf(answeredLatencies, k);
            Arrays.sort(sorted);
            int count = sorted.length;
            String label = clients + " clients";
            double rate = count / wall;
            boolean judged = clients == 64 && !smoke;
            double p99 = sorted[(int) Math.min(count - 1, Math.ceil(count * 0.99) - 1)] / 1e6;
            results.add("reports " + label, String.format(Locale.ROOT, "%,d reports over REST%s: throughput", count,
                    count < each ? " (time box " + reportTimeBox.toSeconds() + " s reached)" : ""), rate, "/s",
                    judged ? "≥ 1,000/s" : "", judged ? rate >= 1000 : null, Anchors.PG_SINGLE,
                    failed.get() == 0 ? "" : failed.get() + " answered other than 201");
            results.note("reports, " + label + ": " + cpuUse);
            results.add("reports " + label, "latency p50", sorted[count / 2] / 1e6, "ms", "", null, null, "");
            results.add("reports " + label, "latency p95", sorted[(int) Math.ceil(count * 0.95) - 1] / 1e6, "ms", "", null, null, "");
            results.add("reports " + label, "latency p99", p99, "ms", judged ? "≤ 100 ms" : "", judged ? p99 <= 100 : null, null, "");
            String[] ids = mine.subList(0, Math.min(each, next.get())).stream().map(a -> a[0]).toArray(String[]::new);
            int expected = ids.length;
            double submitted = Double.NaN;
            try (Connection task = db("task-service");
                 PreparedStatement q = task.prepareStatement("select count(*) from assignment where id = any(?::uuid[]) and status = 'SUBMITTED'")) {
                q.setArray(1, task.createArrayOf("varchar", ids));
                long deadline = System.nanoTime() + Math.min(patience.toNanos(), Duration.ofSeconds(90).toNanos());
                while (System.nanoTime() < deadline) {
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) >= expected - failed.get()) {
                            submitted = Anchors.seconds(lastAnswer);
                            break;
                        }
                    }
                    pause(50);
                }
            }
            results.add("reports " + label, "last answer → all SUBMITTED in task-service", submitted, "s",
                    judged ? "≤ 1 s" : "", judged ? !Double.isNaN(submitted) && submitted <= 1 : null, null, "");
        }
    }

    Connection db(String service) throws Exception {
        return DriverManager.getConnection(stack.databases().get(service), Postgres.user(), Postgres.password());
    }

    static long count(Connection c, String sql, UUID planId) {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, planId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            return -1;
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts the TaskAssigned events of one plan on the broker, from the offsets at the moment it is made. */
    static final class BrokerCount implements AutoCloseable {
        private final KafkaConsumer<String, String> consumer;
        private final String planId;
        private final AtomicLong seen = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        BrokerCount(String bootstrap, String planId) {
            this.planId = planId;
            consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000), new StringDeserializer(), new StringDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.TASK).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // fixes the start before the issue
        }

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                        Header type = r.headers().lastHeader(CloudEventHeaders.TYPE);
                        if (type != null && EventTypes.TASK_ASSIGNED.equals(new String(type.value(), StandardCharsets.UTF_8))
                                && r.value().contains(planId)) {
                            seen.incrementAndGet();
                        }
                    }
                }
                consumer.close();
            }, "bench-broker-count");
            thread.start();
        }

        long count() {
            return seen.get();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            if (thread != null) {
                thread.join();
            } else {
                consumer.close();
            }
        }
    }
}
