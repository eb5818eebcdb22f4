package vn.phoihop.console.signin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionCookieTest {

    @Test
    void theTokenTravelsEncryptedAndComesBackOnlyWithTheSameKey() {
        SessionCookie cookie = new SessionCookie(SessionCookie.keyOf("bí mật"));
        String sealed = cookie.seal("header.payload.signature");
        assertTrue(!sealed.contains("payload"), "the cookie does not show the token");
        assertEquals("header.payload.signature", cookie.open(sealed));
        assertNotEquals(sealed, cookie.seal("header.payload.signature"), "a fresh nonce every time");
        assertNull(new SessionCookie(SessionCookie.keyOf("other")).open(sealed));
    }

    @Test
    void aTamperedCookieIsRefused() {
        SessionCookie cookie = new SessionCookie(SessionCookie.keyOf("k"));
        char[] sealed = cookie.seal("token").toCharArray();
        sealed[20] = sealed[20] == 'A' ? 'B' : 'A';
        assertNull(cookie.open(new String(sealed)));
        assertNull(cookie.open("not base64 !"));
        assertNull(cookie.open(""));
    }

    @Test
    void productionRefusesTheDevelopmentSignIn() {
        assertThrows(IllegalStateException.class, () -> ProductionGuard.refuseInProduction(true, List.of("prod")));
        ProductionGuard.refuseInProduction(true, List.of("local"));
        ProductionGuard.refuseInProduction(false, List.of("prod"));
    }

    @Test
    void afterSignInOnlyAPathOfTheConsole() {
        assertEquals("/hop-viec?bucket=OVERDUE", SignInResource.safeNext("/hop-viec?bucket=OVERDUE"));
        assertNull(SignInResource.safeNext("//evil.example/"));
        assertNull(SignInResource.safeNext("https://evil.example/"));
        assertNull(SignInResource.safeNext("/dang-xuat"));
    }

    @Test
    void claimsOfTheForwardedToken() {
        SignedIn user = SignedIn.fromToken(vn.phoihop.testing.DevTokens.issue("DKN.BAODAKNONG", "officer"));
        assertEquals("DKN.BAODAKNONG", user.agencyCode());
        assertTrue(user.isOfficer());
        assertEquals("/hop-viec", user.home());
        assertNull(SignedIn.fromToken("garbage"));
    }
}
