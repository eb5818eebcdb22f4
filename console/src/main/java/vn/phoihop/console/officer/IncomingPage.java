package vn.phoihop.console.officer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.phoihop.console.services.PlanApi;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.web.Messages;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Văn bản đến: every document that reached the agency, newest first, with why (thực hiện, phối hợp, b/c, đăng tải,
 * lưu); a document to publish (đăng tải) is completed here by giving the address where it was published.
 */
@Path("/van-ban-den")
public class IncomingPage {
    static final List<String> PURPOSES = List.of("EXECUTE", "COOPERATE", "INFORMATION", "PUBLISH", "ARCHIVE");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance incoming();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    PlanApi plans;

    @GET
    public TemplateInstance list(@QueryParam("purpose") String purpose, @QueryParam("q") String q) {
        user.require();
        return render(blankToNull(purpose), blankToNull(q), null, null);
    }

    @POST
    @Path("{id}/dang-tai")
    public Response published(@PathParam("id") String id, @FormParam("url") String url) {
        user.require();
        try {
            plans.published(id, Map.of("url", url == null ? "" : url));
            return Response.seeOther(URI.create("/van-ban-den?purpose=PUBLISH")).build();
        } catch (ServiceProblem problem) {
            if (problem.status() == 400 || problem.status() == 409) {
                return Response.status(problem.status()).entity(render("PUBLISH", null, id, Messages.problem(problem))).build();
            }
            throw problem;
        }
    }

    private TemplateInstance render(String purpose, String q, String failedId, String error) {
        return Templates.incoming().data("items", plans.incoming(purpose, q, 0, 100)).data("purpose", purpose)
                .data("q", q).data("purposes", PURPOSES).data("failedId", failedId).data("error", error);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
