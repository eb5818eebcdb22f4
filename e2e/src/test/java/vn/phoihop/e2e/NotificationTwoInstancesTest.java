package vn.phoihop.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.EventJson;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaBroker;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.Postgres;
import vn.phoihop.testing.ServiceProcess;
import vn.phoihop.testing.Stack;
import vn.phoihop.testing.TestEvents;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two packaged notification-service processes on one database and one broker, both clocks started at
 * Monday 19/02/2024 07:58:30 (Asia/Ho_Chi_Minh, the first working day after Tết week). At 08:00 reminders
 * fall due for eleven agencies at once; both dispatchers and both senders race for them, and each reminder
 * reaches each agency exactly once by e-mail (real SMTP, GreenMail) and by signed webhook (real HTTP).
 */
class NotificationTwoInstancesTest {
    static final String CLOCK_START = "2024-02-19T00:58:30Z"; // 07:58:30 in Vietnam
    static final String SECRET = "bi-mat-webhook-hai-phien-ban-0123456789";
    static final Duration EVENTUALLY = Duration.ofSeconds(120);
    static final List<String> AGENCIES = List.of("DKN.GIANGHIA.PVHTT", "DKN.CUJUT.PVHTT", "DKN.DAKGLONG.PVHTT",
            "DKN.DAKMIL.PVHTT", "DKN.DAKRLAP.PVHTT", "DKN.DAKSONG.PVHTT", "DKN.KRONGNO.PVHTT", "DKN.TUYDUC.PVHTT",
            "DKN.VIETTEL", "DKN.VNPT", "DKN.MOBIFONE");
    /** Due today, due tomorrow (1 working day left) and overdue since Friday: all reminded at 08:00. */
    static final List<LocalDate> DEADLINES = List.of(
            LocalDate.of(2024, 2, 19), LocalDate.of(2024, 2, 20), LocalDate.of(2024, 2, 16));

    static GreenMail smtp;
    static HttpServer listener;
    static final List<JsonNode> hooks = new CopyOnWriteArrayList<>();
    static final List<String> badSignatures = new CopyOnWriteArrayList<>();
    static final List<ServiceProcess> instances = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String timestamp = exchange.getRequestHeaders().getFirst("X-PhoiHop-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-PhoiHop-Signature");
            if (!("v1=" + hmac(timestamp + "." + body)).equals(signature)) {
                badSignatures.add(body);
            }
            hooks.add(EventJson.MAPPER.readTree(body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        listener.start();

        String database = Postgres.freshDatabase("phoihop_notification_2i");
        Path jar = Stack.repositoryRoot().resolve("notification-service/target/quarkus-app/quarkus-run.jar");
        Path logs = Path.of(System.getProperty("phoihop.e2e.logs", "target/e2e-logs"));
        Map<String, String> env = Map.of(
                "PHOIHOP_CLOCK_START", CLOCK_START,
                "QUARKUS_MAILER_MOCK", "false",
                "PHOIHOP_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1",
                "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "PHOIHOP_REMINDERS_DISPATCH_EVERY", "1s",
                "PHOIHOP_DELIVERY_POLL_EVERY", "1s",
                // a consumer group of their own: the end-to-end stack's notification-service shares the broker
                "MP_MESSAGING_INCOMING_TASK_EVENTS_GROUP_ID", "notification-service-2i",
                "MP_MESSAGING_INCOMING_REPORT_EVENTS_GROUP_ID", "notification-service-2i",
                "MP_MESSAGING_INCOMING_AGENCY_EVENTS_GROUP_ID", "notification-service-2i");
        for (String name : List.of("notification-a", "notification-b")) {
            instances.add(ServiceProcess.start(name, jar, freePort(), database, KafkaBroker.bootstrapServers(), logs, env));
        }
        for (ServiceProcess instance : instances) {
            instance.awaitReady(Duration.ofSeconds(120));
        }
    }

    @AfterAll
    static void stop() {
        instances.forEach(ServiceProcess::close);
        if (listener != null) {
            listener.stop(0);
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void eachReminderIsDeliveredExactlyOnceWithTwoInstancesRacing() {
        String a = instances.get(0).baseUrl();
        String b = instances.get(1).baseUrl();
        String hook = "http://127.0.0.1:" + listener.getAddress().getPort() + "/hook";
        List<TaskAssigned> assignments = new ArrayList<>();
        // the directory announces the agencies first: a service refuses (403) an agency it does not know
        for (String agency : AGENCIES) {
            KafkaEvents.send(TestEvents.event(Topics.AGENCY, agency, EventTypes.AGENCY_CHANGED, agency,
                    new vn.phoihop.events.AgencyChanged(UUID.randomUUID(), vn.phoihop.events.AgencyChange.REGISTERED, agency,
                            "Phòng Văn hóa và Thông tin " + agency, null, null, "DISTRICT_UNIT", null, "DKN", true,
                            LocalDate.of(2020, 1, 1), List.of())));
        }
        for (int i = 0; i < AGENCIES.size(); i++) {
            String agency = AGENCIES.get(i);
            String instance = i % 2 == 0 ? a : b;
            // contacts through one instance; the other reads them from the shared database
            await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(instance)
                    .auth().oauth2(DevTokens.issue(agency, "officer")).contentType(ContentType.JSON)
                    .body(Map.of("emails", List.of(mail(agency)), "webhookUrl", hook, "webhookSecret", SECRET))
                    .put("/agencies/{code}/contact", agency).statusCode() == 200);
            TaskAssigned task = new TaskAssigned(UUID.randomUUID(), UUID.randomUUID(), "45/KH-STTTT", "DKN.STTTT",
                    UUID.randomUUID(), "Tuyên truyền phòng, chống mua bán người năm 2024", agency, AssignmentRole.LEAD,
                    DEADLINES.get(i % DEADLINES.size()));
            assignments.add(task);
            KafkaEvents.send(TestEvents.event(Topics.TASK, agency, EventTypes.TASK_ASSIGNED, agency, task));
        }
        // planned before 08:00 (each instance's clock started at 07:58:30 when it booted)
        for (TaskAssigned task : assignments) {
            await().atMost(EVENTUALLY).until(() -> !reminders(b, task).isEmpty());
            assertTrue(reminders(b, task).stream().anyMatch(r -> "2024-02-19".equals(r.get("dueOn"))),
                    "a reminder on Monday 19/02 for " + task.agencyCode() + ": " + reminders(b, task));
        }

        // 08:00 passes on both clocks: every Monday reminder sent, every delivery done (nothing left pending)
        await().atMost(EVENTUALLY).until(() -> assignments.stream().allMatch(task -> reminders(a, task).stream()
                .filter(r -> "2024-02-19".equals(r.get("dueOn"))).allMatch(r -> "SENT".equals(r.get("status")))));
        String admin = DevTokens.issue("DKN.UBND", "admin");
        await().atMost(EVENTUALLY).until(() -> given().baseUri(a).auth().oauth2(admin).get("/admin/deliveries?status=PENDING&limit=1000")
                .then().statusCode(200).extract().jsonPath().getList("$").isEmpty());

        for (TaskAssigned task : assignments) {
            String title = switch (DEADLINES.indexOf(task.deadline())) {
                case 0 -> "Hôm nay là hạn báo cáo";
                case 1 -> "Nhắc hạn báo cáo: còn 1 ngày làm việc";
                default -> "Quá hạn báo cáo 1 ngày làm việc";
            };
            long byHook = hooks.stream().filter(h -> task.assignmentId().toString().equals(h.path("assignmentId").asText())
                    && title.equals(h.path("title").asText())).count();
            long byMail = mails(task.agencyCode()).stream().filter(s -> s.equals("[Phối hợp] " + title)).count();
            assertEquals(1, byHook, task.agencyCode() + ": webhook calls for “" + title + "”");
            assertEquals(1, byMail, task.agencyCode() + ": e-mails “" + title + "” " + mails(task.agencyCode()));
            long assigned = hooks.stream().filter(h -> task.assignmentId().toString().equals(h.path("assignmentId").asText())
                    && "TASK_ASSIGNED".equals(h.path("kind").asText())).count();
            assertEquals(1, assigned, task.agencyCode() + ": the assignment notified once");
        }
        assertEquals(List.of(), badSignatures);
        assertTrue(instances.stream().allMatch(ServiceProcess::isAlive));
    }

    private static List<Map<String, Object>> reminders(String baseUrl, TaskAssigned task) {
        return given().baseUri(baseUrl).auth().oauth2(DevTokens.issue(task.agencyCode(), "officer"))
                .get("/assignments/{id}/reminders", task.assignmentId())
                .then().extract().statusCode() == 200
                ? given().baseUri(baseUrl).auth().oauth2(DevTokens.issue(task.agencyCode(), "officer"))
                .get("/assignments/{id}/reminders", task.assignmentId()).then().extract().jsonPath().getList("$")
                : List.of();
    }

    private static String mail(String agency) {
        return "vanthu." + agency.toLowerCase().replace('.', '-') + "@daknong.gov.vn";
    }

    /** Subjects (MIME decoded) of the mails GreenMail received for the agency's address. */
    private static List<String> mails(String agency) {
        List<String> subjects = new ArrayList<>();
        try {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (List.of(m.getAllRecipients()).stream().anyMatch(r -> r.toString().equals(mail(agency)))) {
                    subjects.add(m.getSubject());
                }
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return subjects;
    }

    private static String hmac(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
