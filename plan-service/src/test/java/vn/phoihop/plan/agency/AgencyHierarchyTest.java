package vn.phoihop.plan.agency;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AgencyHierarchyTest {
    static final String OFFICER = DevTokens.issue("DBN.CAT", "officer");

    @BeforeEach
    void dienBien() {
        DirectoryFixtures.importDemo("DBN", "agencies-dien-bien.json");
    }

    @Test
    void childrenDescendantsAndPathFollowTheHierarchy() {
        given().auth().oauth2(OFFICER).get("/agencies/DBN.UBND/children").then().statusCode(200)
                .body("code", hasItems("DBN.SLDTBXH", "DBN.CAT", "DBN.BCHBDBP", "DBN.DAIPTTH", "DBN.BAODBP", "DBN.DIENBIENPHU", "DBN.TUANGIAO"))
                .body("code", not(hasItem("DBN.DIENBIEN.THANHXUONG")))
                .body("parentCode", everyItem(equalTo("DBN.UBND")));
        given().auth().oauth2(OFFICER).get("/agencies/DBN.DIENBIEN/descendants").then().statusCode(200)
                .body("code", contains("DBN.DIENBIEN.THANHAN", "DBN.DIENBIEN.THANHXUONG", "DBN.DIENBIEN.TTVHTTTH",
                        "DBN.DIENBIEN.THANHXUONG.DTT"));
        given().auth().oauth2(OFFICER).get("/agencies/DBN.DIENBIEN.THANHXUONG.DTT/path").then().statusCode(200)
                .body("code", contains("DBN.UBND", "DBN.DIENBIEN", "DBN.DIENBIEN.THANHXUONG", "DBN.DIENBIEN.THANHXUONG.DTT"))
                .body("name", contains("Ủy ban nhân dân tỉnh Điện Biên", "Ủy ban nhân dân huyện Điện Biên",
                        "Ủy ban nhân dân xã Thanh Xương", "Đài truyền thanh xã Thanh Xương"));
        given().auth().oauth2(OFFICER).get("/agencies/DBN.KHONGCO/children").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void listingFiltersAndSearchIgnoresDiacritics() {
        given().auth().oauth2(OFFICER).queryParam("province", "DBN").queryParam("kind", "PRESS").get("/agencies")
                .then().statusCode(200).body("code", contains("DBN.BAODBP", "DBN.DAIPTTH"));
        given().auth().oauth2(OFFICER).queryParam("q", "dien bien phu").queryParam("province", "DBN").get("/agencies")
                .then().statusCode(200).body("code", contains("DBN.BAODBP", "DBN.DIENBIENPHU", "DBN.DIENBIENPHU.TTVHTTTH"));
        given().auth().oauth2(OFFICER).queryParam("q", "MƯỜNG ẢNG").get("/agencies")
                .then().statusCode(200).body("code", hasItem("DBN.MUONGANG"));
        given().auth().oauth2(OFFICER).queryParam("q", "Sở LĐ-TB&XH").queryParam("province", "DBN").get("/agencies")
                .then().statusCode(200).body("code", contains("DBN.SLDTBXH"));
        given().auth().oauth2(OFFICER).queryParam("parent", "DBN.MTTQ").queryParam("active", true).get("/agencies")
                .then().statusCode(200).body("size()", equalTo(5));
        given().auth().oauth2(OFFICER).queryParam("kind", "TELECOM").get("/agencies")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().get("/agencies").then().statusCode(401);
        given().get("/q/openapi").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/agency-reorganisations"))
                .body(org.hamcrest.Matchers.containsString("Sở TT&TT sáp nhập vào Sở KH&CN"));
    }

    @Test
    void registerAndUpdatePublishAgencyChanged() {
        String p = DirectoryFixtures.freshProvince();
        // the JSON the demo loader and older clients send: no shortName, no provinceCode
        DirectoryFixtures.register(p + ".UBND", "Ủy ban nhân dân tỉnh Thử Nghiệm", "UBND", "PEOPLES_COMMITTEE", null);
        given().auth().oauth2(OFFICER).get("/agencies/{c}", p + ".UBND").then().statusCode(200)
                .body("provinceCode", equalTo(p)).body("active", equalTo(true));
        Map<String, Object> renamed = Map.of("code", p + ".UBND", "name", "Ủy ban nhân dân tỉnh Thử Nghiệm Mới",
                "shortName", "UBND tỉnh", "symbol", "UBND", "kind", "PEOPLES_COMMITTEE");
        given().auth().oauth2(DirectoryFixtures.ADMIN).contentType(ContentType.JSON).body(renamed)
                .put("/agencies/{c}", p + ".UBND").then().statusCode(200).body("name", equalTo("Ủy ban nhân dân tỉnh Thử Nghiệm Mới"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(renamed)
                .put("/agencies/{c}", p + ".UBND").then().statusCode(403);
        given().auth().oauth2(DirectoryFixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", p + ".X", "name", "Cơ quan", "symbol", "X", "kind", "CULTURE_OFFICE", "parentCode", p + ".KHONGCO"))
                .post("/agencies").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));

        try (KafkaEvents events = KafkaEvents.reading(Topics.AGENCY)) {
            ConsumerRecord<String, String> registered = events.await(EventTypes.AGENCY_CHANGED,
                    d -> d.path("agencyCode").asText().equals(p + ".UBND") && d.path("change").asText().equals("REGISTERED"),
                    Duration.ofSeconds(30));
            assertEquals(p + ".UBND", registered.key(), "agency events are keyed by agency code");
            assertEquals(List.of(), EventSchemas.problems(EventTypes.AGENCY_CHANGED, KafkaEvents.data(registered)));
            ConsumerRecord<String, String> rename = events.await(EventTypes.AGENCY_CHANGED,
                    d -> d.path("agencyCode").asText().equals(p + ".UBND") && d.path("change").asText().equals("RENAMED"),
                    Duration.ofSeconds(30));
            assertEquals("Ủy ban nhân dân tỉnh Thử Nghiệm Mới", KafkaEvents.data(rename).path("name").asText());
            assertEquals(p, KafkaEvents.data(rename).path("provinceCode").asText());
        }
    }
}
