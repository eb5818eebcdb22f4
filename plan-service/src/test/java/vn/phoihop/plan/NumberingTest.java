package vn.phoihop.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.testing.DevTokens;

import java.time.Clock;
import java.time.Instant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numbers are allocated per issuer and year without gaps or duplicates, even when issued concurrently. */
@QuarkusTest
class NumberingTest {
    // an issuer of its own, so that other tests' plans do not share the sequence
    static final String ISSUER = "DKN.SYT";
    static final String COORDINATOR = DevTokens.issue(ISSUER, "coordinator");

    @BeforeEach
    void directory() {
        Agencies.ensureDakNong();
        Agencies.ensure(ISSUER, "Sở Y tế tỉnh Đắk Nông", "SYT", "DEPARTMENT", "DKN.UBND");
    }

    @Inject
    ServiceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** 31/12 at 23:30 in Hà Nội is still the old year, 00:10 on 1/1 the new one: the sequence restarts at 1. */
    @Test
    void numbersRestartOnTheFirstOfJanuaryInVietnam() {
        String issuer = "DKN.SNV";
        Agencies.ensure(issuer, "Sở Nội vụ tỉnh Đắk Nông", "SNV", "DEPARTMENT", "DKN.UBND");
        String coordinator = DevTokens.issue(issuer, "coordinator");
        clock.set(Clock.fixed(Instant.parse("2029-12-31T16:30:00Z"), ServiceClock.ZONE));
        List<String> numbers = new ArrayList<>();
        for (String at : List.of("2029-12-31T16:30:00Z", "2029-12-31T16:40:00Z", "2029-12-31T17:10:00Z")) {
            String id = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                    .body(Map.of("subject", "Kế hoạch cải cách hành chính", "tasks", List.of(Map.of("title", "Công an tỉnh", "leadAgencyCode", "DKN.CAT"))))
                    .post("/plans").then().statusCode(201).extract().path("id");
            clock.set(Clock.fixed(Instant.parse(at), ServiceClock.ZONE));
            numbers.add(given().auth().oauth2(coordinator).post("/plans/{id}/issue", id).then().statusCode(200).extract().path("number")
                    + " " + given().auth().oauth2(coordinator).get("/plans/{id}", id).then().extract().path("issuedOn"));
        }
        assertEquals(List.of("1/KH-SNV 2029-12-31", "2/KH-SNV 2029-12-31", "1/KH-SNV 2030-01-01"), numbers);
    }

    @Test
    void concurrentIssuingGivesConsecutiveDistinctNumbers() throws Exception {
        int plans = 12;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < plans; i++) {
            ids.add(given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                    .body(Map.of("subject", "Kế hoạch kiểm tra liên ngành số " + i,
                            "tasks", List.of(Map.of("title", "Kiểm tra cơ sở kinh doanh dịch vụ", "leadAgencyCode", "DKN.CAT"))))
                    .post("/plans").then().statusCode(201).extract().<String>path("id"));
        }
        // the same draft issued twice at once too: one wins, the other is refused
        ids.add(ids.get(0));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<io.restassured.response.Response>> calls = ids.stream()
                    .<Callable<io.restassured.response.Response>>map(id -> () -> given().auth().oauth2(COORDINATOR).post("/plans/{id}/issue", id))
                    .toList();
            Set<String> numbers = new TreeSet<>();
            int conflicts = 0;
            for (Future<io.restassured.response.Response> f : pool.invokeAll(calls)) {
                io.restassured.response.Response r = f.get();
                if (r.statusCode() == 409) {
                    conflicts++;
                } else {
                    assertEquals(200, r.statusCode(), r.asString());
                    numbers.add(r.path("number"));
                }
            }
            assertEquals(1, conflicts, "the doubly issued draft is refused once");
            Set<String> expected = new TreeSet<>();
            int first = numbers.stream().mapToInt(n -> Integer.parseInt(n.substring(0, n.indexOf('/')))).min().orElseThrow();
            for (int n = first; n < first + plans; n++) {
                expected.add(n + "/KH-SYT");
            }
            assertEquals(expected, numbers, "consecutive, distinct, no gaps");
        } finally {
            pool.shutdownNow();
        }
    }
}
