package vn.phoihop.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.testing.DevTokens;

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
