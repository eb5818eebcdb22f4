package vn.phoihop.console.downloads;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.phoihop.console.services.ReportApi;
import vn.phoihop.console.signin.CurrentUser;

import java.util.Set;

/**
 * Files the browser downloads through the console, with the user's token: report attachments and the consolidation
 * as CSV, XLSX or DOCX from report-service, the urging letter as DOCX from notification-service. The bytes pass
 * through; nothing is stored.
 */
@Path("/")
public class Downloads {
    static final Set<String> FORMATS = Set.of("csv", "xlsx", "docx");
    private static final Set<String> PASSED_HEADERS = Set.of("Content-Type", "Content-Disposition", "Content-Length");

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    ReportApi reports;
    @Inject
    @RestClient
    vn.phoihop.console.services.NotificationApi notifications;

    @GET
    @Path("thong-bao/{id}/van-ban-don-doc.docx")
    public Response urgingLetter(@PathParam("id") String id) {
        user.require();
        return pass(notifications.letterDocx(id));
    }

    @GET
    @Path("bao-cao/{reportId}/tep/{id}")
    public Response attachment(@PathParam("reportId") String reportId, @PathParam("id") String id) {
        user.require();
        return pass(reports.attachment(reportId, id));
    }

    @GET
    @Path("ke-hoach/{planId}/tong-hop.{format}")
    public Response consolidation(@PathParam("planId") String planId, @PathParam("format") String format, @QueryParam("period") String period) {
        user.require();
        if (!FORMATS.contains(format)) {
            return Response.status(404).build();
        }
        return pass(reports.consolidationFile(planId, format, period));
    }

    private static Response pass(Response upstream) {
        byte[] body = upstream.readEntity(byte[].class);
        Response.ResponseBuilder out = Response.status(upstream.getStatus()).entity(body);
        PASSED_HEADERS.forEach(h -> {
            String v = upstream.getHeaderString(h);
            if (v != null && !h.equals("Content-Length")) {
                out.header(h, v);
            }
        });
        out.header("Cache-Control", "private, no-store");
        out.header("X-Content-Type-Options", "nosniff");
        upstream.close();
        return out.build();
    }
}
