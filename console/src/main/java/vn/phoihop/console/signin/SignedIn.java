package vn.phoihop.console.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is signed in, read from the bearer token the console forwards to the services. The console does
 * not verify the token: the services do, on every call; the console only uses it to choose what to show.
 */
@io.quarkus.qute.TemplateData
public record SignedIn(String token, String agencyCode, Set<String> roles, String userName, Instant expiresAt) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static final String COORDINATOR = "coordinator";
    public static final String OFFICER = "officer";
    public static final String ADMIN = "admin";

    /** Reads the claims of a JWT; null when it is not one. */
    public static SignedIn fromToken(String token) {
        if (token == null) {
            return null;
        }
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            Set<String> roles = new LinkedHashSet<>();
            claims.path("groups").forEach(g -> roles.add(g.asText()));
            claims.path("realm_access").path("roles").forEach(g -> roles.add(g.asText()));
            String name = claims.hasNonNull("name") ? claims.get("name").asText()
                    : claims.hasNonNull("preferred_username") ? claims.get("preferred_username").asText()
                    : claims.path("upn").asText(claims.path("sub").asText(""));
            Instant exp = claims.hasNonNull("exp") ? Instant.ofEpochSecond(claims.get("exp").asLong()) : null;
            return new SignedIn(token, claims.path("agency").asText(null), Set.copyOf(roles), name, exp);
        } catch (Exception e) {
            return null;
        }
    }

    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public boolean isCoordinator() {
        return roles.contains(COORDINATOR);
    }

    public boolean isOfficer() {
        return roles.contains(OFFICER);
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    /** The page a user lands on: the work of its first role. */
    public String home() {
        if (isCoordinator()) {
            return "/ke-hoach";
        }
        if (isOfficer()) {
            return "/hop-viec";
        }
        return isAdmin() ? "/quan-tri" : "/hop-viec";
    }
}
