package vn.phoihop.task.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A secret that lets a calendar application read one agency's deadlines without a bearer token. Only its
 * SHA-256 is stored: the token itself is shown once, when created. Revoked tokens stop working at once.
 */
@Entity
@Table(name = "calendar_token")
public class CalendarToken extends PanacheEntityBase {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    public UUID id;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    public String label;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Optional: the feed stops answering after this instant. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    /** 32 random bytes, URL-safe. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The live token with this secret at {@code now} (not revoked, not expired), or null. */
    static CalendarToken live(String secret, Instant now) {
        return find("tokenHash = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2)", hash(secret), now).firstResult();
    }
}
