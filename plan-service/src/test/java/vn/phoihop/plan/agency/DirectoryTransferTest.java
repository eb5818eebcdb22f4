package vn.phoihop.plan.agency;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DirectoryTransferTest {
    static final String ADMIN = DirectoryFixtures.ADMIN;
    static final List<String> FIELDS = List.of("code", "name", "shortName", "symbol", "kind", "parentCode", "provinceCode");

    @ParameterizedTest
    @CsvSource({"DBN, agencies-dien-bien.json", "DKN, agencies-dak-nong.json", "LSN, agencies-lang-son.json"})
    void demoDirectoriesRoundTripThroughCsvWithoutLosingADiacritic(String province, String file) {
        DirectoryFixtures.importDemo(province, file);

        Response csv = given().auth().oauth2(ADMIN).get("/agency-directory/{p}/export", province);
        csv.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
        byte[] bytes = csv.asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]),
                "UTF-8 byte-order mark, so that Excel shows Vietnamese");
        String text = new String(bytes, StandardCharsets.UTF_8);

        // every agency of the file comes back exactly, every diacritic included
        Map<String, JsonNode> exported = new HashMap<>();
        JsonNode json = DirectoryFixtures.demo(file);
        JsonNode back = readJson(given().auth().oauth2(ADMIN).queryParam("format", "json")
                .get("/agency-directory/{p}/export", province).asString());
        back.forEach(a -> exported.put(a.path("code").asText(), a));
        for (JsonNode agency : json) {
            JsonNode out = exported.get(agency.path("code").asText());
            assertNotNull(out, agency.path("code").asText() + " exported");
            for (String field : FIELDS) {
                assertEquals(agency.path(field).isNull() ? null : agency.path(field).asText(),
                        out.path(field).isNull() ? null : out.path(field).asText(), agency.path("code") + "." + field);
            }
            assertTrue(text.contains(agency.path("name").asText()), "CSV keeps " + agency.path("name").asText());
        }

        // the CSV export imported again changes nothing
        given().auth().oauth2(ADMIN).contentType("text/csv; charset=UTF-8").body(bytes)
                .post("/agency-directory/{p}/import", province)
                .then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(back.size()));
        // and so does the JSON file itself
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(DirectoryFixtures.demoFile(file))
                .post("/agency-directory/{p}/import", province)
                .then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0));
    }

    @Test
    void invalidRowsAreNamedAndNothingIsStored() {
        String p = DirectoryFixtures.freshProvince();
        String csv = "\uFEFFcode,name,shortName,symbol,kind,parentCode,provinceCode\n"
                + p + ".UBND,Ủy ban nhân dân tỉnh Thử Nghiệm,UBND tỉnh,UBND,PEOPLES_COMMITTEE,," + p + "\n"
                + p + ".STTTT,Sở Thông tin và Truyền thông,Sở TT&TT,STTTT,DEPARTMENT," + p + ".UBND," + p + "\n"
                + p + ".PVHTT,Phòng Văn hóa – Thông tin,,VHTT,CULTURE_OFFICE," + p + ".UBND," + p + "\n"
                + p + ".X,,,X,OTHER," + p + ".KHONGCO," + p + "\n"
                + "dkn.thuong,Chữ thường,,T,OTHER,," + p + "\n";
        given().auth().oauth2(ADMIN).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/agency-directory/{p}/import", p)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("rows[2].kind", "rows[3].name", "rows[3].parentCode", "rows[4].code"));
        given().auth().oauth2(ADMIN).queryParam("province", p).get("/agencies").then().statusCode(200).body("size()", equalTo(0));

        given().auth().oauth2(ADMIN).contentType("text/csv").body("code;ten\nA;B\n")
                .post("/agency-directory/{p}/import", p)
                .then().statusCode(400).body("errors[0].field", equalTo("header"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("[{\"code\": \"DKN.NOTHERE\", \"name\": \"Cơ quan Đắk Nông\", \"symbol\": \"X\", \"kind\": \"OTHER\"}]")
                .post("/agency-directory/{p}/import", p)
                .then().statusCode(400).body("errors[0].field", equalTo("rows[0].provinceCode"));
        given().auth().oauth2(ADMIN).get("/agencies/DKN.NOTHERE").then().statusCode(404);
    }

    @Test
    void importPublishesOnlyRealChangesAndCoordinatorsStayInTheirProvince() {
        String p = DirectoryFixtures.freshProvince();
        String row = "[{\"code\": \"%s.UBND\", \"name\": \"%s\", \"symbol\": \"UBND\", \"kind\": \"PEOPLES_COMMITTEE\"}]";
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(row.formatted(p, "Ủy ban nhân dân tỉnh Thử"))
                .post("/agency-directory/{p}/import", p).then().statusCode(200)
                .body("created", equalTo(1)).body("changes", hasEntry(p + ".UBND", "REGISTERED"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(row.formatted(p, "Ủy ban nhân dân tỉnh Thử Nghiệm"))
                .post("/agency-directory/{p}/import", p).then().statusCode(200)
                .body("updated", equalTo(1)).body("changes", hasEntry(p + ".UBND", "RENAMED"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(row.formatted(p, "Ủy ban nhân dân tỉnh Thử Nghiệm"))
                .post("/agency-directory/{p}/import", p).then().statusCode(200)
                .body("unchanged", equalTo(1)).body("changes.size()", equalTo(0));
        try (KafkaEvents events = KafkaEvents.reading(Topics.AGENCY)) {
            events.await(EventTypes.AGENCY_CHANGED, d -> d.path("agencyCode").asText().equals(p + ".UBND")
                    && d.path("change").asText().equals("RENAMED"), Duration.ofSeconds(60));
            long published = events.all(EventTypes.AGENCY_CHANGED, Duration.ofSeconds(3)).stream()
                    .filter(r -> r.key().equals(p + ".UBND")).count();
            assertEquals(2, published, "REGISTERED and RENAMED only: the unchanged import published nothing");
        }

        String coordinator = DevTokens.issue(p + ".UBND", "coordinator");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(row.formatted(p, "Ủy ban nhân dân tỉnh Thử Nghiệm"))
                .post("/agency-directory/{p}/import", p).then().statusCode(200);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(DirectoryFixtures.demoFile("agencies-lang-son.json"))
                .post("/agency-directory/LSN/import").then().statusCode(403);
        given().auth().oauth2(DevTokens.issue(p + ".UBND", "officer")).get("/agency-directory/{p}/export", p)
                .then().statusCode(403);
        given().auth().oauth2(coordinator).get("/agency-directory/{p}/export", p).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Ủy ban nhân dân tỉnh Thử Nghiệm"));
    }

    private static JsonNode readJson(String s) {
        try {
            return vn.phoihop.events.EventJson.MAPPER.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
