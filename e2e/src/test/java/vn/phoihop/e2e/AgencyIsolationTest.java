package vn.phoihop.e2e;

import org.apache.kafka.common.errors.AuthorizationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.phoihop.testing.AgencyTopicReader;
import vn.phoihop.testing.DemoData;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.Stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local stack's isolation, as its quick start shows it: the broker runs with SCRAM logins and the
 * standard authorizer, the four services log in with their own credentials, an admin provisions an
 * agency's delivery topic, and the agency's system reads its own topic and is refused on another's.
 */
class AgencyIsolationTest {
    static Stack stack;

    @BeforeAll
    static void start() {
        Path logs = Path.of(System.getProperty("phoihop.e2e.logs", "target/e2e-logs"), "secure-stack");
        stack = Stack.start(new Stack.Options(Stack.repositoryRoot(), "_e2e_secure", true, false, logs, Map.of(), true));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void anAgencySystemReadsItsOwnTopicWithItsProvisionedCredentialsAndIsRefusedOnAnothers() {
        String admin = DevTokens.issue(DemoData.ADMIN_AGENCY, "admin");
        String tasks = stack.url("task-service");
        String password = given().auth().oauth2(admin).put(tasks + "/admin/agency-access/{code}", DemoData.PRESS_COOPERATING)
                .then().statusCode(201).extract().path("password");
        given().auth().oauth2(admin).put(tasks + "/admin/agency-access/{code}", DemoData.PRESS_LEAD).then().statusCode(201);

        // the services work on this broker with their own logins: a document issued reaches the agency's topic
        DemoData.loadAgencies(stack.url("plan-service"));
        DemoData.ensureDemoPlansIssued(stack.url("plan-service"));
        String sasl = stack.secureBroker().orElseThrow().sasl();
        List<String> read = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            read.addAll(AgencyTopicReader.read(sasl, DemoData.PRESS_COOPERATING, password,
                    "phoihop.inbox." + DemoData.PRESS_COOPERATING, Duration.ofSeconds(5)));
            return !read.isEmpty();
        });
        assertTrue(read.stream().allMatch(v -> v.contains(DemoData.PRESS_COOPERATING)), "only its own events: " + read);

        assertThrows(AuthorizationException.class, () -> AgencyTopicReader.read(sasl, DemoData.PRESS_COOPERATING, password,
                "phoihop.inbox." + DemoData.PRESS_LEAD, Duration.ofSeconds(10)));
        assertThrows(AuthorizationException.class, () -> AgencyTopicReader.read(sasl, DemoData.PRESS_COOPERATING, password,
                "phoihop.task.events", Duration.ofSeconds(10)));
    }
}
