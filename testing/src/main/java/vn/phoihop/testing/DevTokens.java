package vn.phoihop.testing;

import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * Bearer tokens signed with the development key (dev-jwt/privateKey.pem), which the services trust
 * unless configured with a real OIDC issuer. For tests and the local stack only.
 */
public final class DevTokens {
    public static final String ISSUER = "https://phoihop.local/dev";
    /** The audience every service requires (mp.jwt.verify.audiences, PHOIHOP_JWT_AUDIENCE). */
    public static final String AUDIENCE = "phoihop";
    private static PrivateKey key;

    /** A token for a user of {@code agencyCode} holding {@code roles}, valid for 12 hours. */
    public static String issue(String agencyCode, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .upn(agencyCode.toLowerCase() + "@phoihop.local")
                .subject(agencyCode.toLowerCase() + "-user")
                .claim("agency", agencyCode)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofHours(12))
                .sign(privateKey());
    }

    /** A token signed properly but with no agency claim. */
    public static String withoutAgency(String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn("nobody@phoihop.local").groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1)).sign(privateKey());
    }

    /** Signs claims built by a test, e.g. a token for another audience or an old one. */
    public static String sign(io.smallrye.jwt.build.JwtClaimsBuilder claims) {
        return claims.sign(privateKey());
    }

    /**
     * The development public key as a file, for a packaged service started by the local stack or a test
     * (PHOIHOP_JWT_PUBLIC_KEY=file:…): outside dev and test a service has no default key.
     */
    public static synchronized java.nio.file.Path publicKeyFile() {
        try {
            java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "phoihop-dev-jwt-publicKey.pem");
            try (InputStream in = DevTokens.class.getResourceAsStream("/dev-jwt/publicKey.pem")) {
                java.nio.file.Files.write(file, in.readAllBytes());
            }
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the development public key", e);
        }
    }

    private static synchronized PrivateKey privateKey() {
        if (key == null) {
            try (InputStream in = DevTokens.class.getResourceAsStream("/dev-jwt/privateKey.pem")) {
                String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                        .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            } catch (IOException | java.security.GeneralSecurityException e) {
                throw new IllegalStateException("cannot read the development signing key", e);
            }
        }
        return key;
    }

    /** Prints a token: {@code java -cp … vn.phoihop.testing.DevTokens AGENCY role…}. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: DevTokens AGENCY_CODE ROLE...   (roles: coordinator, officer, admin)");
            System.exit(2);
        }
        String[] roles = new String[args.length - 1];
        System.arraycopy(args, 1, roles, 0, roles.length);
        System.out.println(issue(args[0], roles));
    }

    private DevTokens() {
    }
}
