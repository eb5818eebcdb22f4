package vn.phoihop.plan.agency;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventJson;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The kinds the API accepts are exactly those the AgencyChanged schema allows, so publishing never fails on one. */
class AgencyKindTest {
    @Test
    void kindsMatchTheEventSchema() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/schemas/vn.phoihop.agency.changed.v1.json")) {
            JsonNode schema = EventJson.MAPPER.readTree(in);
            List<String> allowed = new ArrayList<>();
            schema.path("properties").path("agencyKind").path("enum").forEach(k -> allowed.add(k.asText()));
            assertEquals(allowed, List.of(AgencyKind.pattern().split("\\|")));
            assertEquals(AgencyKind.pattern(), AgencyData.KINDS);
        }
    }
}
