package vn.phoihop.plan.incoming;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.phoihop.plan.plan.Purpose;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.util.UUID;

/** The caller's agency's incoming documents (văn bản đến): what reached it, and why. */
@Path("/incoming-documents")
@Tag(name = "Incoming documents", description = "Văn bản đến: thực hiện, phối hợp, b/c, đăng tải, lưu")
@RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.ADMIN})
@Transactional
public class IncomingDocumentResource {
    @Inject
    IncomingDocuments documents;

    @Inject
    Caller caller;

    @Schema(description = "Where a recipient asked to publish (đăng tải) published the document")
    public record Publication(@NotBlank @Size(max = 2000)
                              @Schema(examples = "https://baodaknong.vn/tuyen-truyen-phong-chong-mua-ban-nguoi.html") String url) {
    }

    @GET
    @Operation(summary = "The agency's incoming documents, newest first",
            description = "Filter by purpose and by words of the subject or number (diacritics ignored). The total count is in the X-Total-Count header.")
    public Response list(@QueryParam("purpose") @Parameter(example = "INFORMATION") Purpose purpose,
                         @QueryParam("q") @Size(max = 200, message = "at most 200 characters") @Parameter(example = "mua ban nguoi") String q,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(value = 100000, message = "must be at most 100000") int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        IncomingDocuments.Page result = documents.list(caller.agencyCode(), purpose, q, page, size);
        return Response.ok(result.documents().stream().map(IncomingDocumentView::of).toList())
                .header("X-Total-Count", result.total()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One incoming document of the agency")
    @APIResponse(responseCode = "404", description = "Not one of the agency's incoming documents")
    public IncomingDocumentView get(@PathParam("id") UUID id) {
        return IncomingDocumentView.of(documents.find(id, caller.agencyCode()));
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER})
    @Operation(summary = "Complete the publishing task (đăng tải): give the address where the document was published")
    @APIResponse(responseCode = "400", description = "Not an http(s) address (errors[].field = url)")
    @APIResponse(responseCode = "409", description = "The document was not sent to this agency to publish")
    public IncomingDocumentView published(@PathParam("id") UUID id, @Valid @NotNull Publication body) {
        return IncomingDocumentView.of(documents.published(id, caller.agencyCode(), body.url()));
    }
}
