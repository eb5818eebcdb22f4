package vn.phoihop.console.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.phoihop.console.ConsoleConfig;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The development session: the minted token, encrypted and authenticated (AES-GCM) in an HttpOnly
 * cookie, so the browser's scripts never see a bearer token and a tampered cookie is refused.
 */
@ApplicationScoped
public class SessionCookie {
    public static final String NAME = "phoihop_session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    @Inject
    public SessionCookie(ConsoleConfig config) {
        this(keyOf(config.sessionSecret().orElse(null)));
    }

    SessionCookie(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    static byte[] keyOf(String secret) {
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            return random;
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String seal(String token) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token, or null when the cookie was not sealed by this key (tampered, or from before a restart). */
    public String open(String cookie) {
        if (cookie == null || cookie.isBlank()) {
            return null;
        }
        try {
            byte[] all = Base64.getUrlDecoder().decode(cookie);
            if (all.length < 29) {
                return null;
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return null;
        }
    }
}
