package vn.phoihop.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.phoihop.events.AgencyChange;
import vn.phoihop.events.AgencyChanged;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.task.agency.DirectoryAgency;
import vn.phoihop.testing.KafkaEvents;
import vn.phoihop.testing.TestEvents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Plays plan-service announcing its directory: a token of an agency this service does not know is refused. */
public final class Directory {
    private static volatile boolean announced;

    /** The demo directory of Đắk Nông, announced once per run; waits until this service knows every agency of it. */
    public static void dakNong() {
        if (announced) {
            return;
        }
        List<String> codes = new ArrayList<>();
        try (InputStream in = Directory.class.getResourceAsStream("/demo/agencies-dak-nong.json")) {
            for (JsonNode a : new ObjectMapper().readTree(in)) {
                String code = a.path("code").asText();
                codes.add(code);
                AgencyChanged registered = new AgencyChanged(UUID.randomUUID(), AgencyChange.REGISTERED, code,
                        a.path("name").asText(), a.path("shortName").asText(null), a.path("symbol").asText(null),
                        a.path("kind").asText(null), a.path("parentCode").asText(null), a.path("provinceCode").asText(null),
                        true, LocalDate.of(2020, 1, 1), List.of());
                KafkaEvents.send(TestEvents.event(Topics.AGENCY, code, EventTypes.AGENCY_CHANGED, code, registered));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> DirectoryAgency.count("agencyCode in ?1", codes) == codes.size()));
        announced = true;
    }

    /** Announces one agency with its name and waits until this service has it. */
    public static void announce(String code, String name) {
        AgencyChanged registered = new AgencyChanged(UUID.randomUUID(), AgencyChange.REGISTERED, code, name, null, null,
                "DEPARTMENT", null, code.substring(0, code.indexOf('.')), true, LocalDate.of(2020, 1, 1), List.of());
        KafkaEvents.send(TestEvents.event(Topics.AGENCY, code, EventTypes.AGENCY_CHANGED, code, registered));
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> name.equals(DirectoryAgency.nameOf(code))));
    }

    private Directory() {
    }
}
