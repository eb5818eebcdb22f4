package vn.phoihop.console.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.web.Messages;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Nhật ký gửi (admin): e-mails and webhooks sent, pending or failed, by agency; a failed one sent again. */
@Path("/quan-tri/nhat-ky-gui")
public class DeliveryLogPage {
    static final List<String> STATUSES = List.of("FAILED", "PENDING", "SENT");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance deliveries();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    ChannelAdminApi channels;

    @GET
    public TemplateInstance page(@QueryParam("status") String status, @QueryParam("agency") String agency, @QueryParam("xong") String done) {
        user.require();
        String s = status == null ? "FAILED" : status;
        return view(list(s, agency), s, agency, STATUSES, done, null);
    }

    @POST
    @Path("{id}/gui-lai")
    public Response replay(@PathParam("id") String id, @QueryParam("status") String status, @QueryParam("agency") String agency) {
        user.require();
        try {
            channels.replay(id);
        } catch (ServiceProblem p) {
            if (p.status() != 409 && p.status() != 404) {
                throw p;
            }
            String s = status == null ? "FAILED" : status;
            return Response.status(p.status()).entity(view(list(s, agency), s, agency, STATUSES, null,
                    p.status() == 409 ? "Lần gửi này không ở trạng thái lỗi nên không gửi lại." : Messages.problem(p))).build();
        }
        String back = "/quan-tri/nhat-ky-gui?xong=gui-lai&status=" + (status == null ? "FAILED" : status)
                + (agency == null || agency.isBlank() ? "" : "&agency=" + URLEncoder.encode(agency, StandardCharsets.UTF_8));
        return Response.seeOther(URI.create(back)).build();
    }

    private List<Map<String, Object>> list(String status, String agency) {
        return channels.deliveries(status.isBlank() ? null : status, agency == null || agency.isBlank() ? null : agency.trim(), 200);
    }

    /** The page with its data, untyped so that the services' JSON (maps and lists) is read as it comes. */
    static TemplateInstance view(Object deliveries, Object status, Object agency, Object statuses, Object done, Object error) {
        return Templates.deliveries()
                .data("deliveries", deliveries)
                .data("status", status)
                .data("agency", agency)
                .data("statuses", statuses)
                .data("done", done)
                .data("error", error);
    }
}
