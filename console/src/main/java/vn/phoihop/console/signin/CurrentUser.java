package vn.phoihop.console.signin;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.phoihop.console.ConsoleConfig;
import vn.phoihop.console.web.NotSignedIn;

import java.time.Instant;

/**
 * The user of this request: from the OpenID Connect session (production) or the development session
 * cookie. Its token is what the console forwards to the services.
 */
@RequestScoped
public class CurrentUser {
    @Inject
    ConsoleConfig config;
    @Inject
    SessionCookie sessionCookie;
    @Inject
    HttpServerRequest request;
    @Inject
    SecurityIdentity identity;

    private SignedIn signedIn;
    private boolean resolved;

    /** The signed-in user, or null. */
    public SignedIn get() {
        if (!resolved) {
            resolved = true;
            signedIn = resolve();
        }
        return signedIn;
    }

    /** The signed-in user; a page that needs one sends the browser to sign in otherwise. */
    public SignedIn require() {
        SignedIn user = get();
        if (user == null) {
            throw new NotSignedIn();
        }
        return user;
    }

    public boolean signedIn() {
        return get() != null;
    }

    private SignedIn resolve() {
        String token = null;
        if (config.devSignIn()) {
            Cookie cookie = request.getCookie(SessionCookie.NAME);
            token = cookie == null ? null : sessionCookie.open(cookie.getValue());
        } else if (identity != null && !identity.isAnonymous()) {
            AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
            token = access == null ? null : access.getToken();
        }
        SignedIn user = SignedIn.fromToken(token);
        return user == null || user.expired(Instant.now()) ? null : user;
    }
}
