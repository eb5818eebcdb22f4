package vn.phoihop.e2e;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import vn.phoihop.events.EventJson;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DemoData;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.RestartableKafkaBroker;
import vn.phoihop.testing.ServiceProcess;
import vn.phoihop.testing.Stack;
import vn.phoihop.testing.TestEvents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Nothing is lost under faults. The four packaged services on one real broker of their own (restartable on the
 * same port and data directory), the real PostgreSQL and a real SMTP server (GreenMail), driven with real traffic:
 * letters of the Sở Thông tin và Truyền thông tỉnh Đắk Nông to 200 communes, reports from all of them,
 * reminders falling due. Each fault is injected in turn while events are in flight:
 * <ol>
 *   <li>each service's database connections cut every 200 ms for 15 s (task-, then report-, then notification-service);</li>
 *   <li>every service killed with SIGKILL in the middle of a fan-out, and restarted;</li>
 *   <li>the broker stopped for 20 s while the 200 reports are submitted, then restarted;</li>
 *   <li>PostgreSQL itself restarted (only with {@code PHOIHOP_FAULTS_RESTART_POSTGRES=1});</li>
 *   <li>a poison event and an event of an unknown type published to each topic.</li>
 * </ol>
 * After each, the four reconciliation views of every plan agree with what the traffic should have produced,
 * no dead-letter topic holds anything but the poison, every e-mail arrived exactly once, and the time from the
 * end of the fault to that agreement is printed ("[fault-injection] …").
 * <p>
 * The methods run in order and build on each other (the plans and reports of one are checked again after the
 * next). The clocks start at Tuesday 14/05/2024 07:00 in Vietnam, so that the first letter's reminders (due
 * 15/05) are planned for 08:00 on 14/05; notification-service comes back from its SIGKILL with its clock at
 * 07:59:50, so that those 200 reminders fall due while the later faults run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionTest {
    static final String CLOCK_START = "2024-05-14T00:00:00Z"; // Tuesday 07:00 in Vietnam
    static final String REMINDERS_DUE_SOON = "2024-05-14T00:59:50Z"; // 07:59:50, ten seconds before the 08:00 reminders
    static final int AGENCIES = 200;
    static final String ISSUER = DemoData.ISSUER; // Sở Thông tin và Truyền thông tỉnh Đắk Nông
    static final String ADMIN = DevTokens.issue(DemoData.ADMIN_AGENCY, "admin");
    static final String COORDINATOR = DevTokens.issue(ISSUER, "coordinator");
    static final Duration DB_CUT = Duration.ofSeconds(15);
    static final Duration BROKER_DOWN = Duration.ofSeconds(20);
    static final Duration RECOVERY_BOUND = Duration.ofSeconds(360);
    static final Duration READY_BOUND = Duration.ofSeconds(240);
    static final String REMINDER_SUBJECT = "[Phối hợp] Nhắc hạn báo cáo: còn 1 ngày làm việc";

    static GreenMail smtp;
    static RestartableKafkaBroker broker;
    static Stack stack;
    static Instant clocksStarted;
    /** Every plan issued so far, with what the services should hold of it; checked after every fault. */
    static final Map<String, PlanAgreement> plans = new LinkedHashMap<>();
    /** The poison records published, by topic: (event id) → what each consumer of the topic must dead-letter. */
    static final Map<String, List<String>> poison = new LinkedHashMap<>();

    @RegisterExtension
    static final TestWatcher LOG_TAILS = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (stack != null) {
                stack.services().values().forEach(s -> System.out.println("---- " + s.name() + (s.isAlive() ? "" : " (NOT RUNNING)")
                        + " " + s.log() + "\n" + s.logTail(40)));
            }
        }
    };

    @BeforeAll
    static void start() {
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        broker = RestartableKafkaBroker.start();
        Path logs = Path.of(System.getProperty("phoihop.e2e.logs", "target/e2e-logs")).resolve("faults");
        Map<String, String> env = Map.of(
                "PHOIHOP_CLOCK_START", CLOCK_START,
                "QUARKUS_MAILER_MOCK", "false",
                "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "PHOIHOP_REMINDERS_DISPATCH_EVERY", "1s",
                "PHOIHOP_DELIVERY_POLL_EVERY", "1s");
        clocksStarted = Instant.now();
        stack = Stack.start(new Stack.Options(Stack.repositoryRoot(), "_faults", true, false, logs, env), broker.bootstrapServers());

        // the Đắk Nông directory of the seeds, and 200 communes (synthetic) imported as a province loads its directory
        DemoData.loadAgencies(stack.url("plan-service"), "agencies-dak-nong.json");
        ArrayNode communes = EventJson.MAPPER.createArrayNode();
        for (int i = 1; i <= AGENCIES; i++) {
            communes.addObject().put("code", commune(i)).put("name", "Ủy ban nhân dân xã Thử Nghiệm số " + i)
                    .put("symbol", "UBNDX" + i).put("kind", "COMMUNE_UNIT").put("parentCode", DemoData.ADMIN_AGENCY)
                    .put("provinceCode", "DKN");
        }
        given().baseUri(stack.url("plan-service")).auth().oauth2(ADMIN).contentType(ContentType.JSON).body(communes.toString())
                .post("/agency-directory/DKN/import").then().statusCode(200);
        // each commune's office address, once notification-service knows the commune; then task- and report-service know it too
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 1; i <= AGENCIES; i++) {
                String code = commune(i);
                done.add(clients.submit(() -> known(code)));
            }
            done.forEach(FaultInjectionTest::result);
        } finally {
            clients.shutdownNow();
        }
    }

    private static void known(String code) {
        String officer = DevTokens.issue(code, "officer");
        eventually("notification-service knows " + code).until(() ->
                given().baseUri(stack.url("notification-service")).auth().oauth2(officer).contentType(ContentType.JSON)
                        .body(Map.of("emails", List.of(mail(code)))).put("/agencies/{code}/contact", code).statusCode() == 200);
        eventually("task-service knows " + code).until(() ->
                given().baseUri(stack.url("task-service")).auth().oauth2(officer).get("/inbox").statusCode() == 200);
        eventually("report-service knows " + code).until(() ->
                given().baseUri(stack.url("report-service")).auth().oauth2(officer).get("/assignments").statusCode() == 200);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void databaseConnectionsCutRepeatedly() {
        // task-service's connections cut while it fans a letter out; then report-service's while it takes in the
        // assignments of another, then notification-service's while it notifies and e-mails those of a third
        record Cut(String service, String label, String deadline) {
        }
        for (Cut cut : List.of(new Cut("task-service", "A", "2024-05-15"), new Cut("report-service", "B", "2024-05-31"),
                new Cut("notification-service", "C", "2024-05-31"))) {
            UUID draft = draft(cut.label(), cut.deadline());
            Future<Integer> cutting = inBackground(() -> ConnectionCutter.cut(stack.databases().get(cut.service()), DB_CUT));
            issue(cut.label(), draft);
            int terminated = result(cutting);
            Instant ended = Instant.now();
            assertTrue(terminated > 0, "the cutter found connections of " + cut.service() + " to cut");
            awaitRecovery(cut.service() + "'s database connections cut every 200 ms for " + DB_CUT.toSeconds()
                    + " s (" + terminated + " connections cut) while letter " + cut.label() + " fanned out", ended, cut.label());
        }
    }

    @Test
    @Order(2)
    void everyServiceKilledMidFlowAndRestarted() {
        UUID draft = draft("D", "2024-05-31");
        issue("D", draft);
        UUID planD = plans.get("D").planId();
        // mid-flow: task-service has begun making the assignments, the other services have yet to take them in
        long inFlight = eventually("letter D under way").pollInterval(Duration.ofMillis(100))
                .until(() -> count("task-service", planD, "assignments"), n -> n > 0);
        String atKill = "task-service " + inFlight + ", report-service " + count("report-service", planD, "assignments")
                + ", notification-service " + count("notification-service", planD, "notifications.TASK_ASSIGNED") + " of " + AGENCIES;
        for (ServiceProcess service : stack.services().values()) {
            service.kill();
        }
        Instant killed = Instant.now();
        Instant restarted = Instant.now();
        for (ServiceProcess service : stack.services().values()) {
            // each clock goes on where it was; notification-service's is moved to just before the 08:00 reminders
            String clock = "notification-service".equals(service.name()) ? REMINDERS_DUE_SOON
                    : Instant.parse(CLOCK_START).plus(Duration.between(clocksStarted, Instant.now())).toString();
            service.restart(Map.of("PHOIHOP_CLOCK_START", clock));
        }
        for (ServiceProcess service : stack.services().values()) {
            service.awaitReady(READY_BOUND);
        }
        double ready = seconds(killed);
        // letter A's 200 reminders (due today at 08:00) go out now, each once
        plans.put("A", plans.get("A").withRemindersSent(AGENCIES));
        awaitRecovery("all four services killed with SIGKILL during letter D's fan-out (" + atKill + ") and restarted;"
                + String.format(Locale.ROOT, " ready again %.1f s after the kill", ready), restarted, "D", "A");
    }

    @Test
    @Order(3)
    void brokerStoppedWhileReportsAreSubmitted() throws Exception {
        UUID planA = plans.get("A").planId();
        List<Map<String, Object>> assignments = given().baseUri(stack.url("task-service")).auth().oauth2(COORDINATOR)
                .get("/plans/{planId}/assignments", planA).then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(AGENCIES, assignments.size());

        broker.stop();
        Instant stopped = Instant.now();
        // REST keeps working without Kafka: every commune reports, the outbox keeps the events
        for (String service : Stack.SERVICES) {
            given().baseUri(stack.url(service)).get("/q/health/ready").then().statusCode(200);
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (Map<String, Object> a : assignments) {
                String agency = (String) a.get("agencyCode");
                answers.add(clients.submit(() -> given().baseUri(stack.url("report-service"))
                        .auth().oauth2(DevTokens.issue(agency, "officer")).contentType(ContentType.JSON)
                        .body(Map.of("assignmentId", a.get("id"), "summary",
                                "Đã tổ chức tuyên truyền tại " + agency + ": 3 buổi, 120 lượt người tham dự", "indicators", Map.of()))
                        .post("/reports")));
            }
            for (Future<Response> answer : answers) {
                Response response = answer.get(RECOVERY_BOUND.toSeconds(), TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
            }
        } finally {
            clients.shutdownNow();
        }
        double submitted = seconds(stopped);
        long left = BROKER_DOWN.minus(Duration.between(stopped, Instant.now())).toMillis();
        if (left > 0) {
            Thread.sleep(left); // the outage lasts its full 20 s
        }
        broker.restart();
        Instant restarted = Instant.now();
        plans.put("A", plans.get("A").withReports(AGENCIES));
        awaitRecovery(String.format(Locale.ROOT, "the broker stopped for %d s (the %d reports of letter A submitted over REST"
                + " meanwhile, in %.1f s) and restarted on the same port and data", BROKER_DOWN.toSeconds(), AGENCIES, submitted), restarted, "A");
    }

    @Test
    @Order(4)
    void postgresRestarted() throws Exception {
        assumeTrue("1".equals(System.getenv("PHOIHOP_FAULTS_RESTART_POSTGRES")),
                "PostgreSQL is not restarted: this would break everything else using the server. Set"
                        + " PHOIHOP_FAULTS_RESTART_POSTGRES=1 (as .ci/run does) where the test may restart the local cluster.");
        String version = Files.list(Path.of("/etc/postgresql")).map(p -> p.getFileName().toString()).sorted().findFirst()
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL cluster under /etc/postgresql"));
        UUID draft = draft("E", "2024-05-31");
        issue("E", draft);
        Process restart = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart")
                .redirectErrorStream(true).start();
        assertTrue(restart.waitFor(120, TimeUnit.SECONDS), "pg_ctlcluster restart did not finish within 120 s");
        String output = new String(restart.getInputStream().readAllBytes());
        assertEquals(0, restart.exitValue(), "pg_ctlcluster restart: " + output);
        Instant restarted = Instant.now();
        awaitRecovery("PostgreSQL " + version + " restarted (pg_ctlcluster) while letter E fanned out", restarted, "E");
    }

    @Test
    @Order(5)
    void poisonAndUnknownEventsOnEveryTopic() {
        Map<String, String> typeOf = Map.of(Topics.PLAN, EventTypes.PLAN_ISSUED, Topics.AGENCY, EventTypes.AGENCY_CHANGED,
                Topics.TASK, EventTypes.TASK_ASSIGNED, Topics.REPORT, EventTypes.REPORT_SUBMITTED,
                Topics.NOTIFICATION, EventTypes.REMINDER_SENT);
        for (String topic : List.of(Topics.PLAN, Topics.AGENCY, Topics.TASK, Topics.REPORT, Topics.NOTIFICATION)) {
            UUID unparseable = UUID.randomUUID();
            UUID unknown = UUID.randomUUID();
            // data that is not JSON, under a type the topic carries; and a well-formed event of a type no contract knows
            KafkaEvents.send(broker.bootstrapServers(), TestEvents.event(topic, "poison-" + unparseable, unparseable,
                    typeOf.get(topic), null, "{ceci n'est pas du JSON"));
            KafkaEvents.send(broker.bootstrapServers(), TestEvents.event(topic, "unknown-" + unknown, unknown,
                    "vn.phoihop.not-yet-invented.v1", null, "{\"planId\":\"" + UUID.randomUUID() + "\"}"));
            poison.put(topic, List.of(unparseable.toString(), unknown.toString()));
        }
        Instant published = Instant.now();
        // the partitions move on past the poison: a letter issued behind it flows as usual
        issue("F", draft("F", "2024-05-31"));
        awaitRecovery("a poison event (not JSON) and an event of an unknown type published to each of the "
                + poison.size() + " topics, then letter F issued behind them", published, "F");
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Waits until the letters the fault hit agree across the services and every e-mail has arrived (and, after
     * the poison, until the dead-letter topics hold it), polling once a second; prints how long that took after
     * the fault ended. Then checks once that every earlier letter still agrees, that the dead-letter topics hold
     * nothing but the poison, and that no e-mail came twice.
     */
    static void awaitRecovery(String fault, Instant faultEnded, String... hit) {
        AtomicReference<List<String>> last = new AtomicReference<>(List.of());
        try {
            eventually(fault).pollInterval(Duration.ofSeconds(1)).until(() -> {
                List<String> problems = new ArrayList<>();
                for (String label : hit) {
                    plans.get(label).disagreements(stack, ADMIN).forEach(p -> problems.add("letter " + label + ": " + p));
                }
                problems.addAll(mailProblems());
                if (problems.isEmpty() && !poison.isEmpty()) {
                    problems.addAll(deadLetterProblems());
                }
                last.set(problems);
                return problems.isEmpty();
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not recovered within " + RECOVERY_BOUND + " after: " + fault + "\n  " + String.join("\n  ", last.get()), e);
        }
        double recovered = seconds(faultEnded);
        System.out.printf(Locale.ROOT, "[fault-injection] %s: every service agrees %.1f s after the fault%n", fault, recovered);

        List<String> problems = new ArrayList<>();
        plans.forEach((label, plan) -> plan.disagreements(stack, ADMIN).forEach(p -> problems.add("letter " + label + ": " + p)));
        problems.addAll(deadLetterProblems());
        problems.addAll(mailProblems());
        assertEquals(List.of(), problems, "after: " + fault);
        Map<String, Set<String>> twice = messageIdsByRecipientAndSubject().entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertEquals(Map.of(), twice, "two different e-mail messages to one address with one subject");
        long resent = smtp.getReceivedMessages().length - messageIdsByRecipientAndSubject().values().stream().mapToLong(Set::size).sum();
        if (resent > 0) {
            System.out.printf(Locale.ROOT, "[fault-injection] so far %d e-mail(s) transmitted again with their Message-ID after an"
                    + " interrupted delivery (one message each)%n", resent);
        }
        long reminders = messageIdsByRecipientAndSubject().keySet().stream().filter(k -> k.endsWith(" " + REMINDER_SUBJECT)).count();
        assertEquals(plans.get("A").remindersSent(), reminders, "communes reminded of letter A by e-mail");
        assertTrue(stack.services().values().stream().allMatch(ServiceProcess::isAlive), "every service still runs");
    }

    /**
     * E-mails received against those the letters should have caused (assignment, reminder, report confirmation),
     * counted as messages: SMTP cannot be exactly-once, so a delivery interrupted between the SMTP server's
     * acceptance and its commit (a SIGKILL, a cut connection) sends the same message again, with the same Message-ID.
     */
    static List<String> mailProblems() {
        int expected = plans.values().stream().mapToInt(PlanAgreement::emails).sum();
        long messages = messageIdsByRecipientAndSubject().values().stream().mapToLong(Set::size).sum();
        return messages == expected ? List.of() : List.of("e-mail messages received " + messages + " (expected " + expected + ")");
    }

    /** "address subject" → the Message-IDs GreenMail received with them. */
    static Map<String, Set<String>> messageIdsByRecipientAndSubject() {
        Map<String, Set<String>> ids = new TreeMap<>();
        try {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                for (var recipient : m.getAllRecipients()) {
                    ids.computeIfAbsent(recipient + " " + m.getSubject(), k -> new TreeSet<>()).add(m.getMessageID());
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /** What is wrong with the dead-letter topics: anything but the poison published, or poison missing. */
    static List<String> deadLetterProblems() {
        Map<String, List<String>> consumed = consumedTopics();
        List<String> problems = new ArrayList<>();
        for (String service : Stack.SERVICES) {
            List<Map<String, Object>> entries = given().baseUri(stack.url(service)).auth().oauth2(ADMIN).get("/admin/dead-letters")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            List<String> held = entries.stream().map(e -> e.get("originalTopic") + " " + e.get("eventId")).sorted().toList();
            List<String> expected = consumed.get(service).stream().flatMap(topic -> poison.getOrDefault(topic, List.of()).stream()
                    .map(id -> topic + " " + id)).sorted().toList();
            if (!held.equals(expected)) {
                problems.add(service + " dead letters " + held + " (expected " + expected + ")");
            }
        }
        return problems;
    }

    /**
     * The topic of each incoming channel of each service, read from its application.properties (a topic read by two
     * channels of one service appears twice: each channel dead-letters its own copy of a poison record).
     */
    static Map<String, List<String>> consumedTopics() {
        Map<String, List<String>> topics = new LinkedHashMap<>();
        for (String service : Stack.SERVICES) {
            Path properties = Stack.repositoryRoot().resolve(service).resolve("src/main/resources/application.properties");
            try {
                topics.put(service, Files.readAllLines(properties).stream().map(String::strip)
                        .filter(line -> line.matches("mp\\.messaging\\.incoming\\.[^.=]+\\.topic\\s*=.*"))
                        .map(line -> line.substring(line.indexOf('=') + 1).strip()).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return topics;
    }

    /** Drafts letter {@code label}: one task for each of the 200 communes, due on {@code deadline}. */
    static UUID draft(String label, String deadline) {
        ObjectNode plan = EventJson.MAPPER.createObjectNode();
        plan.put("subject", "Triển khai rà soát, bảo đảm an toàn thông tin tại " + AGENCIES + " xã (đợt " + label + ")");
        plan.put("place", "Đắk Nông");
        ArrayNode tasks = plan.putArray("tasks");
        for (int i = 1; i <= AGENCIES; i++) {
            tasks.addObject().put("title", "Rà soát an toàn thông tin tại xã Thử Nghiệm số " + i + " (đợt " + label + ")")
                    .put("leadAgencyCode", commune(i)).put("deadline", deadline);
        }
        String id = given().baseUri(stack.url("plan-service")).auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(plan.toString()).post("/plans").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** Issues the drafted letter and expects its 200 assignments everywhere from now on. */
    static void issue(String label, UUID draft) {
        given().baseUri(stack.url("plan-service")).auth().oauth2(COORDINATOR).post("/plans/{id}/issue", draft).then().statusCode(200);
        plans.put(label, new PlanAgreement(draft, AGENCIES, "ASSIGNED", 0, 0));
    }

    /** Checks at once, then every 200 ms, for at most {@link #RECOVERY_BOUND}. */
    static ConditionFactory eventually(String what) {
        return await(what).atMost(RECOVERY_BOUND).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200));
    }

    static long count(String service, UUID planId, String name) {
        Map<String, Object> counts = given().baseUri(stack.url(service)).auth().oauth2(ADMIN)
                .get("/admin/reconciliation/plans/{planId}", planId).then().statusCode(200).extract().jsonPath().getMap("counts");
        Object n = counts.get(name);
        return n == null ? 0 : ((Number) n).longValue();
    }

    static String commune(int i) {
        return String.format(Locale.ROOT, "DKN.THUNGHIEM.X%03d", i);
    }

    static String mail(String agency) {
        return "vanthu." + agency.toLowerCase(Locale.ROOT).replace('.', '-') + "@daknong.gov.vn";
    }

    static <T> Future<T> inBackground(java.util.concurrent.Callable<T> work) {
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            return one.submit(work);
        } finally {
            one.shutdown();
        }
    }

    static <T> T result(Future<T> future) {
        if (future == null) {
            return null;
        }
        try {
            return future.get(RECOVERY_BOUND.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
