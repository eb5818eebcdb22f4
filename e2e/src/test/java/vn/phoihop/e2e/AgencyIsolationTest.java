package vn.phoihop.e2e;

import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.phoihop.e2e.browser.Browser;
import vn.phoihop.e2e.browser.ConsoleUnderTest;
import vn.phoihop.e2e.browser.PageOnFailure;
import vn.phoihop.testing.AgencyTopicReader;
import vn.phoihop.testing.DemoData;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.LocalStack;
import vn.phoihop.testing.ServiceProcess;
import vn.phoihop.testing.Stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local stack's isolation, as its quick start shows it: the broker runs with SCRAM logins and the
 * standard authorizer, the four services log in with their own credentials, an admin provisions an
 * agency's delivery topic, and the agency's system reads its own topic and is refused on another's.
 * The same through the console in real Chromium, on this stack (the other browser tests' broker has no
 * authorizer): the admin provisions, the password is shown once, it reads the agency's topic, a rotation
 * replaces it, a revocation ends it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first issues the demo documents after provisioning its agencies
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

    @RegisterExtension
    final PageOnFailure failures = new PageOnFailure();

    @Test
    @Order(1)
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

    @Test
    @Order(2)
    void anAdminProvisionsRotatesAndRevokesAnAgencysKafkaAccessInTheConsoleAndTheBrokerHonoursEachStep() {
        String agency = "DKN.TAPCHINAMNUNG"; // Tạp chí Nam Nung: tasks of the Đắk Nông 2020 plan, not provisioned by the test above
        String topic = "phoihop.inbox." + agency;
        String plans = stack.url("plan-service");
        DemoData.loadAgencies(plans);
        ServiceProcess console = stack.startConsole(LocalStack.CONSOLE_ENVIRONMENT);
        String sasl = stack.secureBroker().orElseThrow().sasl();
        try (Browser admin = Browser.open(console.baseUrl(), ConsoleUnderTest.screenshots())) {
            failures.watch("admin", admin);
            ConsoleUnderTest.signIn(admin, DemoData.ADMIN_AGENCY, "admin");
            admin.go("/quan-tri/co-quan/" + agency);
            admin.find(By.id("kafka-none"));
            admin.click(By.id("kafka-provision"));
            String password = admin.find(By.id("kafka-password")).getText().strip();
            assertFalse(password.isBlank());
            assertEquals("Đang cấp", admin.find(By.id("kafka-status")).getText());
            admin.screenshot("admin-kafka-password", By.id("kafka"));
            // shown once: the agency's page opened again has no password on it
            admin.go("/quan-tri/co-quan/" + agency);
            assertTrue(admin.all(By.id("kafka-password")).isEmpty());
            assertFalse(admin.driver().getPageSource().contains(password));

            // the agency's system reads its own topic with it: the plan's tasks, and its acknowledgement
            DemoData.ensureDemoPlansIssued(plans);
            acknowledgeOneAssignment(agency);
            List<String> read = readAtLeastOne(sasl, agency, password, topic);
            assertTrue(read.stream().allMatch(v -> v.contains(agency)), "only its own events: " + read);
            assertThrows(AuthorizationException.class, () -> AgencyTopicReader.read(sasl, agency, password,
                    "phoihop.inbox." + DemoData.PRESS_LEAD, Duration.ofSeconds(10)));

            // a rotation: the new password reads, the old one no longer logs in
            admin.click(By.id("kafka-rotate"));
            String rotated = admin.find(By.id("kafka-password")).getText().strip();
            assertNotEquals(password, rotated);
            assertFalse(readAtLeastOne(sasl, agency, rotated, topic).isEmpty());
            assertThrows(SaslAuthenticationException.class, () -> AgencyTopicReader.read(sasl, agency, password, topic,
                    Duration.ofSeconds(10)));

            // a revocation (confirmed in the browser's dialog): the agency reads nothing any more
            admin.find(By.id("kafka-revoke")).click();
            admin.until(ExpectedConditions.alertIsPresent()).accept();
            admin.until(d -> "Đã thu hồi".equals(admin.find(By.id("kafka-status")).getText()));
            assertTrue(admin.all(By.id("kafka-password")).isEmpty());
            admin.screenshot("admin-kafka-revoked", By.id("kafka"));
            assertThrows(ApiException.class, () -> AgencyTopicReader.read(sasl, agency, rotated, topic, Duration.ofSeconds(10)));
        }
    }

    /** The agency's officer acknowledges one of its new assignments (over REST): a task event for its topic. */
    private static void acknowledgeOneAssignment(String agency) {
        String officer = DevTokens.issue(agency, "officer");
        String tasks = stack.url("task-service");
        String id = await().atMost(Duration.ofSeconds(120)).until(() -> given().auth().oauth2(officer)
                .queryParam("status", "ASSIGNED").get(tasks + "/inbox")
                .then().statusCode(200).extract().jsonPath().getString("[0].id"), java.util.Objects::nonNull);
        given().auth().oauth2(officer).post(tasks + "/assignments/{id}/acknowledge", id).then().statusCode(200);
    }

    private static List<String> readAtLeastOne(String sasl, String agency, String password, String topic) {
        List<String> read = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            read.addAll(AgencyTopicReader.read(sasl, agency, password, topic, Duration.ofSeconds(5)));
            return !read.isEmpty();
        });
        return read;
    }
}
