package vn.phoihop.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import vn.phoihop.testing.Postgres;
import vn.phoihop.testing.ServiceProcess;
import vn.phoihop.testing.Stack;

import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reminders at national scale: {@code open} open dated assignments in notification-service, {@code due} of them
 * due on the same morning at 08:00, each due agency with an e-mail address (a real SMTP server, GreenMail) and a
 * webhook (a real HTTP listener). The open assignments and their reminders are written straight into the
 * notification database with one server-side multi-row insert each: this is load setup, not the measured path
 * (the measured fan-out path above goes through events). Then notification-service is restarted with its clock
 * at 08:00 of that day, and the time until every e-mail and every webhook call arrived is measured, with the
 * due query's cost (EXPLAIN ANALYZE) at {@code due} open and at {@code open} open.
 */
final class Reminders {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    final Stack stack;
    final Results results;
    final boolean smoke;

    final Duration patience;

    Reminders(Stack stack, Results results, boolean smoke, Duration patience) {
        this.stack = stack;
        this.results = results;
        this.smoke = smoke;
        this.patience = patience;
    }

    void run(int open, int due) throws Exception {
        LocalDate day = nextTuesday();
        String at8 = ZonedDateTime.of(day.atTime(8, 0), VIETNAM).toInstant().toString();
        String label = String.format(Locale.ROOT, "reminders %,d due among %,d open", due, open);
        int smtpPort = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        AtomicLong hooks = new AtomicLong();
        HttpServer listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        listener.setExecutor(Executors.newFixedThreadPool(16));
        listener.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            hooks.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        listener.start();
        String hookUrl = "http://127.0.0.1:" + listener.getAddress().getPort() + "/hook";
        ServiceProcess old = stack.service("notification-service");
        try (Connection db = DriverManager.getConnection(stack.databases().get("notification-service"), Postgres.user(), Postgres.password());
             Statement s = db.createStatement()) {
            old.close(); // the seeding and the clock need the service down
            long t0 = System.nanoTime();
            seed(s, 1, due, day, true, hookUrl);
            double costFew = dueQueryMillis(s, at8);
            seed(s, due + 1, open, day, false, hookUrl);
            s.execute("analyze assignment; analyze reminder; analyze agency_contact");
            results.add(label, String.format(Locale.ROOT, "seeding %,d open assignments and reminders (server-side INSERT … SELECT)", open),
                    Anchors.seconds(t0), "s", "", null, null, "load setup, not a target");
            double costMany = dueQueryMillis(s, at8);
            results.add(label, String.format(Locale.ROOT, "due query, %,d open (EXPLAIN ANALYZE execution)", due), costFew, "ms",
                    "", null, null, "select … where status = 'SCHEDULED' and due_at <= now order by due_at limit 100 for update skip locked");
            results.add(label, String.format(Locale.ROOT, "due query, %,d open (EXPLAIN ANALYZE execution)", open), costMany, "ms",
                    "independent of open", smoke ? null : costMany <= Math.max(5 * costFew, costFew + 5), null,
                    planLine(s, at8));

            Map<String, String> env = new LinkedHashMap<>();
            env.put("JAVA_TOOL_OPTIONS", Bench.SERVICE_JVM_OPTIONS);
            env.put("PHOIHOP_CLOCK_START", at8);
            env.put("QUARKUS_MAILER_MOCK", "false");
            env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            env.put("QUARKUS_MAILER_PORT", Integer.toString(smtpPort));
            env.put("PHOIHOP_REMINDERS_DISPATCH_EVERY", "1s");
            env.put("PHOIHOP_REMINDERS_START_DELAY", "1s");
            env.put("PHOIHOP_DELIVERY_POLL_EVERY", "1s");
            env.put("PHOIHOP_DELIVERY_START_DELAY", "1s");
            // the harness's webhook listener is on this machine: exempt its host from the address check (never in production)
            env.put("PHOIHOP_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1");
            long started = System.nanoTime();
            CpuUse cpu = CpuUse.start(stack);
            ServiceProcess fresh = ServiceProcess.start("notification-service",
                    Stack.repositoryRoot().resolve("notification-service/target/quarkus-app/quarkus-run.jar"), old.port(),
                    stack.databases().get("notification-service"), stack.bootstrapServers(), old.log().getParent(), env);
            stack.services().put("notification-service", fresh);
            fresh.awaitReady(Duration.ofSeconds(600));
            double ready = Anchors.seconds(started);
            long deadline = System.nanoTime() + patience.toNanos();
            double mails = Double.NaN;
            double calls = Double.NaN;
            while (System.nanoTime() < deadline && (Double.isNaN(mails) || Double.isNaN(calls))) {
                if (Double.isNaN(mails) && smtp.getReceivedMessages().length >= due) {
                    mails = Anchors.seconds(started) - ready;
                }
                if (Double.isNaN(calls) && hooks.get() >= due) {
                    calls = Anchors.seconds(started) - ready;
                }
                Load.pause(200);
            }
            results.note("reminders, restart until delivered: " + cpu.summary());
            results.add(label, "notification-service restarted at 08:00 (its clock), until ready", ready, "s", "", null, null, "");
            double all = Math.max(mails, calls);
            results.add(label, String.format(Locale.ROOT, "ready → %,d e-mails received by the SMTP server", due), mails, "s",
                    "", null, null, Double.isNaN(mails) ? "received " + smtp.getReceivedMessages().length : "");
            results.add(label, String.format(Locale.ROOT, "ready → %,d webhook calls received", due), calls, "s",
                    "", null, null, Double.isNaN(calls) ? "received " + hooks.get() : "");
            results.add(label, "ready → all delivered (both channels)", all, "s", "≤ 30 s",
                    smoke ? null : !Double.isNaN(all) && all <= 30, null, "");
            try (ResultSet rs = s.executeQuery("select status, count(*) from delivery group by status order by 1")) {
                StringBuilder b = new StringBuilder("deliveries by status after the run:");
                while (rs.next()) {
                    b.append(' ').append(rs.getString(1)).append('=').append(rs.getLong(2));
                }
                results.note(b.toString());
            }
        } finally {
            listener.stop(0);
            smtp.stop();
        }
    }

    /** Agencies BENCH.R…, assignments and reminders numbered {@code from}..{@code to}; due ones at 08:00 on {@code day}. */
    static void seed(Statement s, int from, int to, LocalDate day, boolean dueToday, String hookUrl) throws Exception {
        String range = "generate_series(" + from + ", " + to + ") g";
        String deadline = dueToday ? "date '" + day + "'" : "date '" + day + "' + 2 + (g % 30)";
        s.execute("insert into assignment (assignment_id, plan_id, plan_number, task_title, agency_code, issuer_code, "
                + "report_to_code, period_label, deadline, status, updated_at) "
                + "select md5('bench-a' || g)::uuid, md5('bench-plan')::uuid, '1/KH-UBND', 'Báo cáo kết quả tuyên truyền', "
                + "'BENCH.R' || lpad(g::text, 7, '0'), 'BENCH.UBND', 'BENCH.UBND', 'Năm 2026', " + deadline + ", 'OPEN', now() from " + range);
        String dueOn = dueToday ? "date '" + day + "'" : "date '" + day + "' + 1 + (g % 30)";
        s.execute("insert into reminder (id, assignment_id, kind, due_on, due_at, status, working_days_left) "
                + "select md5('bench-r' || g)::uuid, md5('bench-a' || g)::uuid, '" + (dueToday ? "DUE_TODAY" : "BEFORE_DEADLINE") + "', "
                + dueOn + ", (" + dueOn + " + time '08:00') at time zone 'Asia/Ho_Chi_Minh', 'SCHEDULED', " + (dueToday ? 0 : 1)
                + " from " + range);
        if (dueToday) {
            s.execute("insert into agency_contact (agency_code, emails, webhook_url, webhook_secret, email_enabled, webhook_enabled, updated_at) "
                    + "select 'BENCH.R' || lpad(g::text, 7, '0'), 'xa' || g || '@thutai.gov.vn', '" + hookUrl + "', "
                    + "'bench-secret-' || g, true, true, now() from " + range + " on conflict (agency_code) do nothing");
            s.execute("insert into agency_name (agency_code, name) select 'BENCH.R' || lpad(g::text, 7, '0'), "
                    + "'Ủy ban nhân dân xã Thử Tải số ' || g from " + range + " on conflict (agency_code) do nothing");
        }
    }

    static double dueQueryMillis(Statement s, String at8) throws Exception {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            s.getConnection().setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("explain (analyze, format json) " + dueQuery(at8))) {
                rs.next();
                double ms = Http.JSON.readTree(rs.getString(1)).path(0).path("Execution Time").asDouble();
                best = Math.min(best, ms);
            } finally {
                s.getConnection().rollback();
                s.getConnection().setAutoCommit(true);
            }
        }
        return best;
    }

    static String planLine(Statement s, String at8) throws Exception {
        StringBuilder plan = new StringBuilder();
        s.getConnection().setAutoCommit(false);
        try (ResultSet rs = s.executeQuery("explain (analyze, buffers, costs off, timing off) " + dueQuery(at8))) {
            while (rs.next()) {
                String line = rs.getString(1).trim();
                if (line.contains("Scan") || line.contains("Buffers")) {
                    plan.append(plan.isEmpty() ? "" : "; ").append(line);
                }
            }
        } finally {
            s.getConnection().rollback();
            s.getConnection().setAutoCommit(true);
        }
        return plan.toString();
    }

    static String dueQuery(String at8) {
        return "select * from reminder where status = 'SCHEDULED' and due_at <= timestamptz '" + at8
                + "' order by due_at limit 100 for update skip locked";
    }

    static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static LocalDate nextTuesday() {
        LocalDate d = LocalDate.now(VIETNAM).plusDays(1);
        while (d.getDayOfWeek() != java.time.DayOfWeek.TUESDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
