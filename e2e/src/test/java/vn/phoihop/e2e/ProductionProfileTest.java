package vn.phoihop.e2e;

import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.testing.KafkaBroker;
import vn.phoihop.testing.Postgres;
import vn.phoihop.testing.ServiceProcess;
import vn.phoihop.testing.Stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service in the production profile: it refuses to start without an explicit token key and
 * issuer (no fallback to the development key pair) or with the clock hook, and it checks every token's
 * audience and age.
 */
class ProductionProfileTest {
    static final Path JAR = Stack.repositoryRoot().resolve("plan-service/target/quarkus-app/quarkus-run.jar");
    static final Path LOGS = Path.of(System.getProperty("phoihop.e2e.logs", "target/e2e-logs"), "production-profile");
    static final List<ServiceProcess> started = new ArrayList<>();

    static ServiceProcess start(String name, Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_PROFILE", "prod");
        ServiceProcess process = ServiceProcess.start(name, JAR, freePort(),
                Postgres.database("phoihop_plan_prodcheck"), KafkaBroker.bootstrapServers(), LOGS, env);
        started.add(process);
        return process;
    }

    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        started.forEach(ServiceProcess::close);
    }

    @Test
    void withoutAnExplicitKeyAndIssuerTheServiceRefusesToStart() {
        ServiceProcess service = start("plan-no-key", Map.of("PHOIHOP_JWT_PUBLIC_KEY", "", "PHOIHOP_JWT_ISSUER", ""));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> service.awaitReady(Duration.ofSeconds(120)));
        // smallrye-jwt itself refuses at start, naming the settings (PHOIHOP_JWT_PUBLIC_KEY, PHOIHOP_JWT_ISSUER)
        assertTrue(refused.getMessage().contains("mp.jwt.verify.publickey.location"), refused.getMessage());
        assertTrue(refused.getMessage().contains("mp.jwt.verify.issuer"), refused.getMessage());
    }

    @Test
    void theClockHookIsRefusedInProduction() {
        ServiceProcess service = start("plan-clock-hook", Map.of("PHOIHOP_CLOCK_START", "2020-04-10T02:00:00Z"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> service.awaitReady(Duration.ofSeconds(120)));
        assertTrue(refused.getMessage().contains("PHOIHOP_CLOCK_START"), refused.getMessage());
    }

    @Test
    void tokensMustBeForThisAudienceAndRecent() throws Exception {
        ServiceProcess service = start("plan-prod", Map.of()).awaitReady(Duration.ofSeconds(120));
        String url = service.baseUrl() + "/agencies";
        assertEquals(200, get(url, DevTokens.issue("DKN.UBND", "admin")));
        String noAudience = DevTokens.sign(Jwt.issuer(DevTokens.ISSUER).upn("dkn.ubnd@phoihop.local")
                .claim("agency", "DKN.UBND").groups(Set.of("admin")).expiresIn(Duration.ofHours(1)));
        assertEquals(401, get(url, noAudience), "a token for another audience");
        String otherAudience = DevTokens.sign(Jwt.issuer(DevTokens.ISSUER).audience("another-system").upn("dkn.ubnd@phoihop.local")
                .claim("agency", "DKN.UBND").groups(Set.of("admin")).expiresIn(Duration.ofHours(1)));
        assertEquals(401, get(url, otherAudience), "a token for another audience");
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        String old = DevTokens.sign(Jwt.issuer(DevTokens.ISSUER).audience(DevTokens.AUDIENCE).upn("dkn.ubnd@phoihop.local")
                .claim("agency", "DKN.UBND").groups(Set.of("admin")).issuedAt(twoDaysAgo)
                .expiresAt(Instant.now().plus(Duration.ofDays(30))));
        assertEquals(401, get(url, old), "a token issued two days ago, however long its expiry");
    }

    private static int get(String url, String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
