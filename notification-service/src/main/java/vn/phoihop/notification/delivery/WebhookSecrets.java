package vn.phoihop.notification.delivery;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The agencies' webhook secrets are kept encrypted (AES-256-GCM) with a key from configuration
 * ({@code PHOIHOP_WEBHOOK_SECRET_KEY}: 32 random bytes, base64), so that a copy of the database does not
 * let anyone sign webhooks. Stored as {@code v1:<base64 of nonce and ciphertext>}; a value without the
 * prefix is a secret stored before encryption: it is read as it is and sealed at start-up
 * ({@code contact.PlainSecretsSealing}). Outside
 * the dev and test profiles the service refuses to start without the key.
 */
@ApplicationScoped
public class WebhookSecrets {
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "phoihop.webhook.secret-key")
    Optional<String> configuredKey;

    void check(@Observes StartupEvent started) {
        boolean development = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getProfiles().stream()
                .anyMatch(p -> p.equals("dev") || p.equals("test"));
        if (!development) {
            key(); // refuses to start without a usable key
        }
    }

    /** A new secret: 32 random bytes, base64url without padding (43 characters). */
    public String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a stored value is still the secret itself (stored before encryption). */
    public boolean isPlain(String stored) {
        return stored != null && !stored.startsWith(PREFIX);
    }

    /** The secret as it is stored. */
    public String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the webhook secret", e);
        }
    }

    /** The secret itself, from what is stored. */
    public String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt the webhook secret (was PHOIHOP_WEBHOOK_SECRET_KEY changed?)", e);
        }
    }

    private SecretKeySpec key() {
        String value = configuredKey.filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalStateException(
                "PHOIHOP_WEBHOOK_SECRET_KEY is not set: 32 random bytes, base64 (e.g. openssl rand -base64 32), "
                        + "to keep the agencies' webhook secrets encrypted"));
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PHOIHOP_WEBHOOK_SECRET_KEY is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("PHOIHOP_WEBHOOK_SECRET_KEY must be 32 bytes (base64 of 32 random bytes), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
