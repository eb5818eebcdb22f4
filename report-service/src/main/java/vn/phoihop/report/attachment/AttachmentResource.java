package vn.phoihop.report.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.platform.problem.Problem;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.report.report.Report;
import vn.phoihop.report.report.ReportAccess;
import vn.phoihop.report.report.ReportDtos;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Files attached to a report. The body is the file itself; its name comes as {@code ?fileName=} (UTF-8, so
 * "Báo cáo quý II.pdf" keeps its diacritics). Served back to the reporting agency and the receiver/issuer only.
 */
@Path("/reports/{reportId}/attachments")
public class AttachmentResource {
    @Inject
    ReportAccess access;

    @Inject
    Caller caller;

    @Inject
    ServiceClock clock;

    @ConfigProperty(name = "phoihop.report.attachment.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @ConfigProperty(name = "phoihop.report.attachment.max-per-report", defaultValue = "20")
    int maxPerReport;

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(summary = "Attach a PDF, JPEG or PNG to the caller agency's report (the type is read from the file)")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "409", description = "Accepted already, or phoihop.report.attachment.max-per-report reached")
    @APIResponse(responseCode = "413", description = "Larger than phoihop.report.attachment.max-bytes")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG")
    @Transactional
    public Response upload(@PathParam("reportId") UUID reportId, @QueryParam("fileName") String fileName, byte[] content) {
        Report report = Report.findById(reportId);
        if (report == null || !access.visible(report)) {
            throw ProblemException.notFound("report", reportId);
        }
        if (!caller.agencyCode().equals(report.agencyCode)) {
            throw ProblemException.forbidden("only the reporting agency attaches files to its report");
        }
        if (report.status == Report.Status.ACCEPTED) {
            throw ProblemException.conflict("report " + reportId + " was accepted and is final");
        }
        String name = fileName == null ? "" : Normalizer.normalize(fileName.strip(), Normalizer.Form.NFC);
        if (name.isEmpty() || name.length() > 255 || name.matches(".*[/\\\\\\p{Cntrl}].*")) {
            throw ProblemException.invalid("fileName", "must be a file name of 1 to 255 characters without / or \\");
        }
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("file", "is empty");
        }
        if (content.length > maxBytes) {
            throw refusal(413, "Payload Too Large", "is larger than " + maxBytes + " bytes");
        }
        if (Attachment.count("reportId", reportId) >= maxPerReport) {
            throw ProblemException.conflict("report " + reportId + " already has " + maxPerReport
                    + " attachments, the most a report may have");
        }
        FileKind kind = FileKind.of(content).orElseThrow(() ->
                refusal(415, "Unsupported Media Type", "must be a PDF, JPEG or PNG file (read from its content)"));
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.reportId = report.id;
        attachment.revision = report.revision;
        attachment.fileName = name;
        attachment.contentType = kind.mediaType;
        attachment.sizeBytes = content.length;
        attachment.content = content;
        attachment.uploadedBy = caller.agencyCode();
        attachment.uploadedAt = clock.now().truncatedTo(ChronoUnit.MICROS);
        attachment.persist();
        return Response.created(URI.create("/reports/" + reportId + "/attachments/" + attachment.id))
                .entity(new ReportDtos.AttachmentRef(attachment.id, name, kind.mediaType, content.length, report.revision))
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "The report's attachments (without content)")
    @Transactional
    public List<ReportDtos.AttachmentRef> list(@PathParam("reportId") UUID reportId) {
        visibleReport(reportId);
        return Attachment.refs(reportId);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Download an attachment, with its original file name")
    @Transactional
    public Response download(@PathParam("reportId") UUID reportId, @PathParam("id") UUID id) {
        visibleReport(reportId);
        Attachment attachment = Attachment.find("id = ?1 and reportId = ?2", id, reportId).firstResult();
        if (attachment == null) {
            throw ProblemException.notFound("attachment", id);
        }
        return Response.ok(attachment.content, attachment.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii(attachment.fileName)
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(attachment.fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private void visibleReport(UUID reportId) {
        Report report = Report.findById(reportId);
        if (report == null || !access.visible(report)) {
            throw ProblemException.notFound("report", reportId);
        }
    }

    private static ProblemException refusal(int status, String title, String message) {
        return new ProblemException(status, title, "file: " + message, List.of(new Problem.FieldError("file", message)));
    }

    /** A fallback name for old clients: diacritics dropped (đ becomes d), quotes removed. */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "");
    }
}
