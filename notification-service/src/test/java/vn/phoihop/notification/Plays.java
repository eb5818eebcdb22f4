package vn.phoihop.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import vn.phoihop.events.AgencyChange;
import vn.phoihop.events.AgencyChanged;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.ReportReturned;
import vn.phoihop.events.ReportSubmitted;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.Topics;
import vn.phoihop.notification.contact.AgencyName;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Plays the other services and the agencies' staff in reminder tests. */
final class Plays {
    static final String STTTT = "DKN.STTTT";
    static final String PLAN_NUMBER = "45/KH-STTTT";
    static final String SECRET = "bi-mat-webhook-0123456789-abcdefghijkl";

    /** Moves the service's clock to a local time in Vietnam, e.g. "2024-02-01T08:00:30"; time runs on from there. */
    static void at(ServiceClock clock, String vietnamTime) {
        Instant target = OffsetDateTime.parse(vietnamTime + "+07:00").toInstant();
        clock.set(Clock.offset(Clock.system(ServiceClock.ZONE), Duration.between(Instant.now(), target)));
    }

    static TaskAssigned assignment(String agencyCode, String taskTitle, LocalDate deadline, String periodLabel) {
        return new TaskAssigned(UUID.randomUUID(), UUID.randomUUID(), PLAN_NUMBER, STTTT, UUID.randomUUID(), taskTitle,
                agencyCode, AssignmentRole.LEAD, deadline, UUID.randomUUID(), "2024-Q1", periodLabel,
                LocalDate.of(2023, 12, 15), LocalDate.of(2024, 3, 14), STTTT, agencyCode, List.of());
    }

    static void send(TaskAssigned t) {
        KafkaEvents.send(TestEvents.event(Topics.TASK, t.agencyCode(), EventTypes.TASK_ASSIGNED, t.agencyCode(), t));
    }

    static void submitted(TaskAssigned t) {
        ReportSubmitted r = new ReportSubmitted(UUID.randomUUID(), t.assignmentId(), t.planId(), t.agencyCode(),
                t.issuerCode(), "Báo cáo kết quả tuyên truyền phòng, chống mua bán người.", Instant.now());
        KafkaEvents.send(TestEvents.event(Topics.REPORT, t.agencyCode(), EventTypes.REPORT_SUBMITTED, t.agencyCode(), r));
    }

    static void returned(TaskAssigned t) {
        ReportReturned r = new ReportReturned(UUID.randomUUID(), t.assignmentId(), t.planId(), t.agencyCode(),
                t.issuerCode(), 1, STTTT, "Đề nghị bổ sung số liệu tháng 3.", Instant.now());
        KafkaEvents.send(TestEvents.event(Topics.REPORT, t.agencyCode(), EventTypes.REPORT_RETURNED, t.agencyCode(), r));
    }

    /** The directory names an agency, and the test waits until this service knows the name. */
    static void named(String code, String name) {
        registered(code, name, null, null);
    }

    /** The directory registers the agency with its symbol (in document numbers) and the body above it. */
    static void registered(String code, String name, String symbol, String parentCode) {
        AgencyChanged changed = new AgencyChanged(UUID.randomUUID(), AgencyChange.REGISTERED, code, name, null, symbol,
                "OTHER", parentCode, "DKN", true, LocalDate.of(2020, 1, 1), List.of());
        KafkaEvents.send(TestEvents.event(Topics.AGENCY, code, EventTypes.AGENCY_CHANGED, code, changed));
        await().atMost(Inboxes.PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> name.equals(AgencyName.of(code))));
    }

    /** The agencies these tests act as, with their names in the demo directory of Đắk Nông. */
    private static final List<String> ACTING = List.of("DKN.BAODAKNONG", "DKN.CAT", "DKN.DAIPTTH", "DKN.DAKGLONG.PVHTT",
            "DKN.DAKMIL.PVHTT", "DKN.DAKSONG.PVHTT", "DKN.GIANGHIA.PVHTT", "DKN.KRONGNO.PVHTT", "DKN.MOBIFONE",
            "DKN.STTTT", "DKN.SVHTTDL", "DKN.TAPCHINAMNUNG", "DKN.TUYDUC.PVHTT", "DKN.UBND", "DKN.VIETTEL", "DKN.VNPT");
    private static volatile boolean directoryKnown;

    /**
     * The directory announces the agencies these tests act as (a token of an agency this service does not know
     * is refused), as plan-service would: once per run, never renaming one the service already knows.
     */
    static void directory() {
        if (directoryKnown) {
            return;
        }
        try (InputStream in = Plays.class.getResourceAsStream("/demo/agencies-dak-nong.json")) {
            for (JsonNode a : new ObjectMapper().readTree(in)) {
                String code = a.path("code").asText();
                if (ACTING.contains(code) && QuarkusTransaction.requiringNew().call(() -> AgencyName.findById(code) == null)) {
                    announce(code, a.path("name").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(Inboxes.PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ACTING.stream().allMatch(code -> AgencyName.findById(code) != null)));
        directoryKnown = true;
    }

    /** The directory announces an agency, and the test waits until this service knows it (under any name). */
    static void known(String code, String name) {
        announce(code, name);
        await().atMost(Inboxes.PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> AgencyName.findById(code) != null));
    }

    private static void announce(String code, String name) {
        AgencyChanged changed = new AgencyChanged(UUID.randomUUID(), AgencyChange.REGISTERED, code, name, null, null,
                "OTHER", null, "DKN", true, LocalDate.of(2020, 1, 1), List.of());
        KafkaEvents.send(TestEvents.event(Topics.AGENCY, code, EventTypes.AGENCY_CHANGED, code, changed));
    }

    static void contact(String agencyCode, Map<String, Object> body) {
        given().auth().oauth2(DevTokens.issue(agencyCode, "officer")).contentType(ContentType.JSON).body(body)
                .put("/agencies/{code}/contact", agencyCode).then().statusCode(200);
    }

    static Map<String, Object> contact(List<String> emails, String webhookUrl) {
        Map<String, Object> body = new HashMap<>();
        body.put("emails", emails);
        if (webhookUrl != null) {
            body.put("webhookUrl", webhookUrl);
            body.put("webhookSecret", SECRET);
        }
        return body;
    }

    /** The assignment's reminders as its agency sees them, by due time. */
    static List<Map<String, Object>> reminders(String agencyCode, UUID assignmentId) {
        return given().auth().oauth2(DevTokens.issue(agencyCode, "officer"))
                .get("/assignments/{id}/reminders", assignmentId)
                .then().extract().statusCode() == 200
                ? given().auth().oauth2(DevTokens.issue(agencyCode, "officer"))
                .get("/assignments/{id}/reminders", assignmentId).then().extract().jsonPath().getList("$")
                : List.of();
    }

    /** "KIND dueOn STATUS" per reminder, e.g. "BEFORE_DEADLINE 2024-02-01 SCHEDULED". */
    static List<String> schedule(String agencyCode, UUID assignmentId) {
        return reminders(agencyCode, assignmentId).stream()
                .map(r -> r.get("kind") + " " + r.get("dueOn") + " " + r.get("status")).toList();
    }

    static List<String> awaitSchedule(String agencyCode, UUID assignmentId, List<String> expected) {
        await().atMost(Inboxes.PATIENCE).untilAsserted(
                () -> org.junit.jupiter.api.Assertions.assertEquals(expected, schedule(agencyCode, assignmentId)));
        return schedule(agencyCode, assignmentId);
    }

    private Plays() {
    }
}
