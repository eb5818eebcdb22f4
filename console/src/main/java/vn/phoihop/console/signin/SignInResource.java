package vn.phoihop.console.signin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import vn.phoihop.testing.DevTokens;
import vn.phoihop.console.ConsoleConfig;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * The development sign-in (local stack only): pick a demo agency and a role; the console mints a token
 * with the development key, as the tests do, and keeps it in the encrypted HttpOnly session cookie.
 * In production this page does not exist: OpenID Connect signs users in.
 */
@Path("/")
public class SignInResource {
    private static final Set<String> ROLES = Set.of(SignedIn.COORDINATOR, SignedIn.OFFICER, SignedIn.ADMIN);

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance signIn(List<DemoUsers.Featured> featured, List<DemoUsers.Agency> agencies, String next, String error);
    }

    @Inject
    ConsoleConfig config;
    @Inject
    DemoUsers demo;
    @Inject
    SessionCookie sessionCookie;
    @Inject
    CurrentUser user;
    @Inject
    HttpServerRequest request;

    @GET
    @Path("dang-nhap")
    public Response page(@QueryParam("next") String next) {
        if (!config.devSignIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(Templates.signIn(DemoUsers.FEATURED, demo.agencies(), safeNext(next), null)).build();
    }

    @POST
    @Path("dang-nhap")
    public Response signIn(@FormParam("agency") String agency, @FormParam("role") String role, @FormParam("next") String next) {
        if (!config.devSignIn()) {
            return Response.status(404).build();
        }
        if (agency == null || !demo.known(agency) || role == null || !ROLES.contains(role)) {
            return Response.status(400).entity(Templates.signIn(DemoUsers.FEATURED, demo.agencies(), safeNext(next),
                    "Hãy chọn một cơ quan trong danh mục và một vai trò.")).build();
        }
        SignedIn signedIn = SignedIn.fromToken(DevTokens.issue(agency, role));
        String target = safeNext(next) != null ? safeNext(next) : signedIn.home();
        return Response.seeOther(URI.create(target)).cookie(cookie(sessionCookie.seal(signedIn.token()), 12 * 3600)).build();
    }

    @POST
    @Path("dang-xuat")
    public Response signOut() {
        return Response.seeOther(URI.create(config.devSignIn() ? "/dang-nhap" : "/")).cookie(cookie("", 0)).build();
    }

    @GET
    @Path("")
    public Response home() {
        SignedIn signedIn = user.get();
        if (signedIn == null) {
            return Response.seeOther(URI.create(config.devSignIn() ? "/dang-nhap" : "/ke-hoach")).build();
        }
        return Response.seeOther(URI.create(signedIn.home())).build();
    }

    private NewCookie cookie(String value, int maxAge) {
        boolean https = "https".equalsIgnoreCase(request.scheme()) || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
        return new NewCookie.Builder(SessionCookie.NAME).value(value).path("/").maxAge(maxAge)
                .httpOnly(true).secure(https).sameSite(NewCookie.SameSite.LAX).build();
    }

    /** Only a path of this console: no open redirect to another site. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.startsWith("/dang-")) {
            return null;
        }
        return next;
    }
}
