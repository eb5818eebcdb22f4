package vn.phoihop.plan.agency;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.EventJson;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DemoData;
import vn.phoihop.testing.DevTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's 2025 reorganisations (demo/reorganisations-2025.json, as the local stack loads them) made through the
 * API on today's clock: the directory shows today's map, old documents keep their issuers, new ones name only
 * agencies that exist today. The demo codes are moved to fresh provinces so that no other test sees the change.
 */
@QuarkusTest
class TodaysMapTest {
    static final String ADMIN = DirectoryFixtures.ADMIN;

    @Inject
    ServiceClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theDemoReorganisationsGiveTodaysMap() {
        String dkn = DirectoryFixtures.freshProvince();
        String dbn = DirectoryFixtures.freshProvince();
        String lsn = DirectoryFixtures.freshProvince();
        String ldg = DirectoryFixtures.freshProvince();
        Map<String, String> provinces = Map.of("DKN", dkn, "DBN", dbn, "LSN", lsn, "LDG", ldg);
        for (String file : DemoData.AGENCY_FILES) {
            for (JsonNode agency : moved(DemoData.agencies(file), provinces)) {
                int status = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(agency.toString())
                        .post("/agencies").statusCode();
                assertTrue(status == 201 || status == 409, agency.path("code") + ": " + status);
            }
        }

        // the Đắk Nông plan of 2020, issued by its Sở TT&TT then
        clock.set(Clock.fixed(OffsetDateTime.parse("2020-04-10T09:00:00+07:00").toInstant(), ServiceClock.ZONE));
        String oldCoordinator = DevTokens.issue(dkn + ".STTTT", "coordinator");
        JsonNode plan = moved(DemoData.plan(), provinces);
        String planId = given().auth().oauth2(oldCoordinator).contentType(ContentType.JSON).body(plan.toString())
                .post("/plans").then().statusCode(201).extract().path("id");
        String number = given().auth().oauth2(oldCoordinator).post("/plans/{id}/issue", planId)
                .then().statusCode(200).extract().path("number");
        clock.reset();

        for (JsonNode reorganisation : moved(DemoData.reorganisations(), provinces)) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(reorganisation.toString())
                    .post("/agency-reorganisations").then().statusCode(201).body("status", equalTo("APPLIED"));
        }

        // 01/03/2025: Sở TT&TT into Sở KH&CN, its press and publishing office to Sở VH-TT&DL
        given().auth().oauth2(ADMIN).get("/agencies/{c}", dbn + ".STTTT").then().statusCode(200)
                .body("name", equalTo("Sở Thông tin và Truyền thông tỉnh Điện Biên"))
                .body("active", equalTo(false)).body("endedOn", equalTo("2025-03-01")).body("endedBy", equalTo("MERGED"))
                .body("successorCodes", contains(dbn + ".SKHCN", dbn + ".SVHTTDL"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", dbn + ".STTTT.BCXB").then()
                .body("active", equalTo(false)).body("successorCodes", contains(dbn + ".SVHTTDL"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", dbn + ".STTTT.TTCNTT").then()
                .body("active", equalTo(true)).body("parentCode", equalTo(dbn + ".SKHCN"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", lsn + ".STTTT").then()
                .body("active", equalTo(false)).body("successorCodes", contains(lsn + ".SKHCN", lsn + ".SVHTTDL"));

        // 01/07/2025: no districts; their communes are the province's own; Điện Biên and Lạng Sơn keep their borders
        given().auth().oauth2(ADMIN).get("/agencies/{c}", dbn + ".DIENBIENPHU").then()
                .body("active", equalTo(false)).body("endedOn", equalTo("2025-07-01")).body("endedBy", equalTo("ABOLISHED"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", dbn + ".DIENBIENPHU.MUONGTHANH").then()
                .body("active", equalTo(true)).body("parentCode", equalTo(dbn + ".UBND"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", lsn + ".TRANGDINH.PVHTT").then()
                .body("active", equalTo(false)).body("successorCodes", contains(lsn + ".SVHTTDL"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", dbn + ".UBND").then().body("active", equalTo(true));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", lsn + ".UBND").then().body("active", equalTo(true));

        // 01/07/2025: Đắk Nông is part of the new Lâm Đồng
        given().auth().oauth2(ADMIN).get("/agencies/{c}", dkn + ".UBND").then()
                .body("name", equalTo("Ủy ban nhân dân tỉnh Đắk Nông")).body("active", equalTo(false))
                .body("successorCodes", contains(ldg + ".UBND"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", ldg + ".UBND").then().statusCode(200)
                .body("name", equalTo("Ủy ban nhân dân tỉnh Lâm Đồng")).body("active", equalTo(true))
                .body("validFrom", equalTo("2025-07-01"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", dkn + ".SKHCN").then()
                .body("active", equalTo(false)).body("successorCodes", contains(ldg + ".SKHCN"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", dkn + ".BAODAKNONG").then()
                .body("active", equalTo(false)).body("successorCodes", contains(ldg + ".BAOPTTH"));
        given().auth().oauth2(ADMIN).get("/agencies/{c}", dkn + ".GIANGHIA").then().body("active", equalTo(false));
        given().auth().oauth2(ADMIN).queryParam("active", true).get("/agencies/{c}/children", ldg + ".UBND").then()
                .body("code", hasItems(ldg + ".SKHCN", ldg + ".SVHTTDL", ldg + ".CAT", ldg + ".BAOPTTH"))
                .body("code", not(hasItems(dkn + ".GIANGHIA")));

        // the 2020 document keeps its issuer and number, and reads as it did
        given().auth().oauth2(oldCoordinator).get("/plans/{id}", planId).then().statusCode(200)
                .body("issuerCode", equalTo(dkn + ".STTTT")).body("number", equalTo(number))
                .body("number", containsString("/KH-STTTT")).body("issuedOn", equalTo("2020-04-10"));

        // a new document names only agencies that exist today
        String today = DevTokens.issue(ldg + ".SKHCN", "coordinator");
        for (String ended : List.of(dkn + ".STTTT", dkn + ".DAIPTTH", dbn + ".DIENBIEN.TTVHTTTH")) {
            given().auth().oauth2(today).contentType(ContentType.JSON).body(newPlan(ended)).post("/plans")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("tasks[0].leadAgencyCode"))
                    .body("errors[0].message", containsString("no longer exists since 2025-0"));
        }
        String newPlanId = given().auth().oauth2(today).contentType(ContentType.JSON).body(newPlan(ldg + ".BAOPTTH"))
                .post("/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(today).post("/plans/{id}/issue", newPlanId).then().statusCode(200)
                .body("number", containsString("/KH-SKHCN"));

        // nor can an ended agency issue a new document: its successor does
        String draft = given().auth().oauth2(oldCoordinator).contentType(ContentType.JSON).body(newPlan(ldg + ".BAOPTTH"))
                .post("/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(oldCoordinator).post("/plans/{id}/issue", draft).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", startsWith("agency " + dkn + ".STTTT no longer exists since 2025-03-01"));
        given().auth().oauth2(oldCoordinator).get("/plans/{id}", draft).then().body("status", equalTo("DRAFT"));
    }

    private static String newPlan(String lead) {
        return EventJson.write(Map.of("subject", "Kế hoạch tuyên truyền phòng, chống mua bán người năm 2026", "period", "2026",
                "tasks", List.of(Map.of("title", "Tuyên truyền trên báo chí, phát thanh, truyền hình", "leadAgencyCode", lead))));
    }

    /** The demo data with each province's codes moved to a fresh one ("DKN.STTTT" becomes "TABCDE.STTTT"). */
    private static JsonNode moved(JsonNode demo, Map<String, String> provinces) {
        String text = demo.toString();
        for (Map.Entry<String, String> p : provinces.entrySet()) {
            text = text.replace("\"" + p.getKey() + ".", "\"" + p.getValue() + ".")
                    .replace("\"" + p.getKey() + "\"", "\"" + p.getValue() + "\"");
        }
        try {
            return EventJson.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
