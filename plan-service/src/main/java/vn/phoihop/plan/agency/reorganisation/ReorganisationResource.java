package vn.phoihop.plan.agency.reorganisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Reorganisations of the directory (sắp xếp tổ chức): admins only, since every service follows them. */
@Path("/agency-reorganisations")
@Tag(name = "Agency reorganisations", description = "Sáp nhập, chia tách, đổi tên, giải thể")
public class ReorganisationResource {
    static final String MERGE_EXAMPLE = """
            {"kind": "MERGE", "effectiveOn": "2025-03-01",
             "decision": "Sáp nhập Sở Thông tin và Truyền thông vào Sở Khoa học và Công nghệ",
             "agencyCodes": ["DKN.STTTT"], "successorCodes": ["DKN.SKHCN", "DKN.SVHTTDL"]}""";
    static final String ABOLISH_EXAMPLE = """
            {"kind": "ABOLISH", "effectiveOn": "2025-07-01", "decision": "Kết thúc hoạt động của cấp huyện",
             "agencyCodes": ["DBN.DIENBIEN"], "successorCodes": ["DBN.DIENBIEN.THANHXUONG", "DBN.UBND"]}""";

    public record ReorganisationView(UUID id, ReorganisationKind kind, LocalDate effectiveOn,
                                     Reorganisation.Status status, ReorganisationRequest request, String requestedBy,
                                     Instant createdAt, Instant appliedAt, String failure) {
    }

    @Inject
    Reorganisations reorganisations;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Request a reorganisation",
            description = "Dated today or earlier: applied at once. Dated later: stored (SCHEDULED) and applied on that date. "
                    + "Publishes AgencyChanged for every agency touched: the ended ones (active false, successorCodes), "
                    + "successors created (REGISTERED) or taking over (UPDATED), units moved under the first successor (UPDATED).")
    @RequestBody(content = @Content(mediaType = "application/json", examples = {
            @ExampleObject(name = "Sở TT&TT sáp nhập vào Sở KH&CN", value = MERGE_EXAMPLE),
            @ExampleObject(name = "Giải thể cấp huyện (01/7/2025)", value = ABOLISH_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "APPLIED, or SCHEDULED for a later date")
    @APIResponse(responseCode = "400", description = "A field is invalid (named in errors[].field); nothing changed")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response submit(@Valid @NotNull ReorganisationRequest body) {
        Reorganisation r = reorganisations.submit(body, caller.agencyCode());
        return Response.created(URI.create("/agency-reorganisations/" + r.id)).entity(view(r)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Every reorganisation, latest effective date first")
    public List<ReorganisationView> list() {
        return Reorganisation.<Reorganisation>listAll(io.quarkus.panache.common.Sort.descending("effectiveOn", "createdAt"))
                .stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "One reorganisation and its status")
    public ReorganisationView get(@PathParam("id") UUID id) {
        return view(reorganisations.find(id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Cancel a scheduled reorganisation")
    @APIResponse(responseCode = "409", description = "Already applied, failed or cancelled")
    public ReorganisationView cancel(@PathParam("id") UUID id) {
        return view(reorganisations.cancel(id));
    }

    private ReorganisationView view(Reorganisation r) {
        return new ReorganisationView(r.id, r.kind, r.effectiveOn, r.status, reorganisations.read(r.request),
                r.requestedBy, r.createdAt, r.appliedAt, r.failure);
    }
}
