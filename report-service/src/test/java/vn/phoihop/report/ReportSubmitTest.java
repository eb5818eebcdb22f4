package vn.phoihop.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.CloudEventHeaders;
import vn.phoihop.events.EventSchemas;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.events.Topics;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaEvents;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.phoihop.report.Assignments.BAO_DAK_NONG;
import static vn.phoihop.report.Assignments.DEADLINE_2020;
import static vn.phoihop.report.Assignments.PATIENCE;
import static vn.phoihop.report.Assignments.STTTT;
import static vn.phoihop.report.Assignments.SUMMARY;

@QuarkusTest
class ReportSubmitTest {
    @BeforeEach
    void theDirectoryKnowsTheAgencies() {
        DakNong.directoryKnown();
    }

    static final String BAO_OFFICER = DevTokens.issue(BAO_DAK_NONG, "officer");

    @Test
    void submittingAReportStoresItAndPublishesReportSubmitted() {
        TaskAssigned task = Assignments.assign(Assignments.pressTask(BAO_DAK_NONG, DEADLINE_2020));

        Response created = Assignments.submitWhenKnown(BAO_OFFICER, Assignments.report(task));
        created.then().statusCode(201)
                .body("assignmentId", equalTo(task.assignmentId().toString()))
                .body("planId", equalTo(task.planId().toString()))
                .body("agencyCode", equalTo(BAO_DAK_NONG))
                .body("issuerCode", equalTo(STTTT))
                .body("summary", equalTo(SUMMARY))
                .body("indicators.NEWS_ARTICLES", equalTo(12))
                .body("indicators.BROADCAST_MINUTES", equalTo(45.5f))
                .body("late", equalTo(true)); // due 20/6/2020, submitted years later
        String id = created.path("id");
        assertEquals("/reports/" + id, java.net.URI.create(created.header("Location")).getPath());

        try (KafkaEvents events = KafkaEvents.reading(Topics.REPORT)) {
            ConsumerRecord<String, String> record = events.await(EventTypes.REPORT_SUBMITTED,
                    data -> id.equals(data.path("reportId").asText()), PATIENCE);
            assertEquals(BAO_DAK_NONG, record.key(), "report events are keyed by the reporting agency");
            assertEquals(BAO_DAK_NONG, KafkaEvents.header(record, CloudEventHeaders.SUBJECT));
            assertEquals("/phoihop/report-service", KafkaEvents.header(record, CloudEventHeaders.SOURCE));
            assertEquals("1.0", KafkaEvents.header(record, CloudEventHeaders.SPEC_VERSION));
            JsonNode data = KafkaEvents.data(record);
            assertEquals(List.of(), EventSchemas.problems(EventTypes.REPORT_SUBMITTED, data));
            assertEquals(SUMMARY, data.path("summary").asText());
            assertEquals(task.assignmentId().toString(), data.path("assignmentId").asText());
            assertEquals(STTTT, data.path("issuerCode").asText());
        }

        given().auth().oauth2(BAO_OFFICER).get("/reports/{id}", id)
                .then().statusCode(200)
                .body("summary", equalTo(SUMMARY))
                .body("indicators.NEWS_ARTICLES", equalTo(12));
        given().auth().oauth2(BAO_OFFICER).get("/reports")
                .then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void onlyTheAssigneeReportsAndOnlyItAndTheIssuerSeeTheReport() {
        TaskAssigned task = Assignments.assign(Assignments.pressTask(BAO_DAK_NONG, DEADLINE_2020));
        Assignments.awaitKnown(task);

        // another agency may not report on it, nor learn that it exists
        given().auth().oauth2(DevTokens.issue("DKN.TAPCHINAMNUNG", "officer")).contentType(ContentType.JSON)
                .body(Assignments.report(task)).post("/reports")
                .then().statusCode(404).contentType("application/problem+json");

        String id = Assignments.submitWhenKnown(BAO_OFFICER, Assignments.report(task))
                .then().statusCode(201).extract().path("id");

        for (String stranger : List.of(DevTokens.issue("DKN.CAT", "coordinator"), DevTokens.issue("DKN.TAPCHINAMNUNG", "officer"),
                DevTokens.issue(STTTT, "officer"))) {
            given().auth().oauth2(stranger).get("/reports/{id}", id)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().auth().oauth2(DevTokens.issue("DKN.CAT", "coordinator")).get("/reports")
                .then().statusCode(200).body("id", not(hasItem(id)));

        // the issuer (Sở TT&TT) follows the reports sent to it
        String issuer = DevTokens.issue(STTTT, "coordinator");
        given().auth().oauth2(issuer).get("/reports/{id}", id)
                .then().statusCode(200).body("agencyCode", equalTo(BAO_DAK_NONG)).body("summary", equalTo(SUMMARY));
        given().auth().oauth2(issuer).get("/reports").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(DevTokens.issue("DKN.UBND", "admin")).get("/reports/{id}", id).then().statusCode(200);

        given().get("/reports/{id}", id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Assignments.report(task)).post("/reports").then().statusCode(401);
        given().auth().oauth2(DevTokens.issue(BAO_DAK_NONG, "admin")).contentType(ContentType.JSON)
                .body(Assignments.report(task)).post("/reports").then().statusCode(403);
    }

    @Test
    void aSecondReportOnTheSameAssignmentIsAConflict() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
        TaskAssigned task = Assignments.assign(Assignments.pressTask(BAO_DAK_NONG, tomorrow));

        String id = Assignments.submitWhenKnown(BAO_OFFICER, Map.of("assignmentId", task.assignmentId().toString(), "summary", SUMMARY))
                .then().statusCode(201)
                .body("late", equalTo(false))
                .body("indicators.size()", equalTo(0))
                .extract().path("id");

        given().auth().oauth2(DevTokens.issue(BAO_DAK_NONG, "coordinator")).contentType(ContentType.JSON)
                .body(Assignments.report(task)).post("/reports")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));

        List<String> mine = given().auth().oauth2(BAO_OFFICER).get("/reports").then().statusCode(200)
                .extract().path("findAll { it.assignmentId == '" + task.assignmentId() + "' }.id");
        assertEquals(List.of(id), mine);
        try (KafkaEvents events = KafkaEvents.reading(Topics.REPORT)) {
            events.await(EventTypes.REPORT_SUBMITTED, data -> id.equals(data.path("reportId").asText()), PATIENCE);
            assertEquals(1, events.all(EventTypes.REPORT_SUBMITTED, java.time.Duration.ofSeconds(2)).stream()
                    .filter(r -> task.assignmentId().toString().equals(KafkaEvents.data(r).path("assignmentId").asText()))
                    .count());
        }
    }
}
