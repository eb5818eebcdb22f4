package vn.phoihop.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.phoihop.console.ConsoleConfig;
import vn.phoihop.console.services.ServiceProblem;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a page shows when a service refuses or does not answer: not found (also another agency's
 * resource), not allowed, signed out, service down. In Vietnamese, in the console's layout.
 */
public class ErrorPages {
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance error(int status, String title, String message);
    }

    @Inject
    ConsoleConfig config;

    @ServerExceptionMapper
    public Response notSignedIn(NotSignedIn e, UriInfo uri) {
        return signIn(uri);
    }

    @ServerExceptionMapper
    public Response problem(ServiceProblem p, UriInfo uri) {
        return switch (p.status()) {
            case 401 -> signIn(uri);
            case 403 -> page(403, "Không có quyền truy cập", "Tài khoản của anh/chị không được phép xem hoặc làm việc này.");
            case 404 -> page(404, "Không tìm thấy", "Trang hoặc hồ sơ này không có, hoặc không thuộc phạm vi của đơn vị anh/chị.");
            default -> page(p.status() >= 500 ? 502 : p.status(), "Không thực hiện được", Messages.problem(p));
        };
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warn("a service did not answer: " + e.getMessage());
        return page(503, "Dịch vụ tạm thời không trả lời",
                "Một dịch vụ của hệ thống Phối hợp chưa sẵn sàng. Xin thử lại sau ít phút; dữ liệu của anh/chị không bị mất.");
    }

    static Response page(int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, message)).build();
    }

    private Response signIn(UriInfo uri) {
        if (!config.devSignIn()) {
            // the OpenID Connect session ended: the protected root starts a new code flow
            return Response.seeOther(URI.create("/")).build();
        }
        String next = uri == null ? "/" : "/" + uri.getPath().replaceFirst("^/", "")
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        return Response.seeOther(URI.create("/dang-nhap?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8))).build();
    }
}
