package vn.phoihop.plan.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.plan.history.PlanHistory;
import vn.phoihop.plan.search.PlanSearch;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Documents (văn bản): drafting, issuing, amending, revoking, reading and searching. */
@Path("/plans")
public class PlanResource {
    @Inject
    PlanService plans;

    @Inject
    PlanAmendments amendments;

    @Inject
    PlanValidator validator;

    @Inject
    PlanAccess access;

    @Inject
    PlanHistory history;

    @Inject
    PlanSearch search;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Draft a document issued by the caller's agency",
            description = "A draft has no number (\"Số: /KH-STTTT\"). Impossible input is refused naming the field; "
                    + "suspicious input (a deadline on a holiday, before its data window closes) comes back as warnings.")
    @APIResponse(responseCode = "201", description = "Drafted; the body is the document with its warnings")
    @APIResponse(responseCode = "400", description = "Invalid: problem+json naming each field, e.g. tasks[0].leadAgencyCode")
    public Response draft(@Valid @NotNull PlanDtos.NewPlan body) {
        Plan plan = plans.draft(caller.agencyCode(), body);
        return Response.created(URI.create("/plans/" + plan.id)).entity(view(plan)).build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.ADMIN})
    @Transactional
    @Operation(summary = "Search documents the caller may read, newest first",
            description = "Filters combine. `q` ignores diacritics and case: \"mai dam\" finds \"mại dâm\". The total "
                    + "count is in the X-Total-Count header.")
    @APIResponse(responseCode = "200", description = "One page of documents")
    public Response list(
            @QueryParam("q") @Size(max = 200, message = "at most 200 characters") @Parameter(description = "Words of the subject, number or legal basis", example = "mai dam") String q,
            @QueryParam("issuer") @Parameter(example = "DBN.STTTT") String issuer,
            @QueryParam("status") @Parameter(example = "ISSUED") Status status,
            @QueryParam("kind") @Parameter(example = "PLAN") DocumentKind kind,
            @QueryParam("topic") @Parameter(example = "PROSTITUTION") Topic topic,
            @QueryParam("period") @Pattern(regexp = "^[0-9]{4}([-–][0-9]{4})?$", message = "must be a year or a range of years")
            @Parameter(description = "Documents whose period overlaps it", example = "2022") String period,
            @QueryParam("agency") @Parameter(description = "Documents involving this agency (task or Nơi nhận)", example = "DBN.CAT") String agency,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(value = 100000, message = "must be at most 100000") int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        PlanSearch.Page result = search.find(new PlanSearch.Criteria(q, issuer, status, kind, topic, period, agency), page, size);
        return Response.ok(result.plans().stream().map(this::view).toList())
                .header("X-Total-Count", result.total()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.ADMIN})
    @Transactional
    @Operation(summary = "A document as it reads now, with its warnings")
    @APIResponse(responseCode = "404", description = "No such document, or not one the caller's agency may read")
    public PlanViews.PlanView get(@PathParam("id") UUID id) {
        return view(access.readable(id));
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Issue a draft: allocate its number, or register it with the number it was issued with on paper",
            description = "Without a body the next number of the issuer, kind and year is allocated (n/KH-<issuer>, letters "
                    + "n/<issuer>-<drafting unit>) and today is the issue date. With {\"number\": \"4256/KH-UBND\", "
                    + "\"issuedOn\": \"2021-12-20\"} a document issued on paper is registered. PlanIssued is published.")
    @APIResponse(responseCode = "200", description = "Issued")
    @APIResponse(responseCode = "400", description = "A deadline before the issue date, or a number of the wrong form")
    @APIResponse(responseCode = "409", description = "Already issued, or that number already exists")
    @Consumes(MediaType.WILDCARD)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.IssueRequest.class)))
    public PlanViews.PlanView issue(@PathParam("id") UUID id, String body) {
        // an empty body (no Content-Type either) is the common case: allocate the next number today
        PlanDtos.IssueRequest request = IssueRequests.parse(body);
        // the row lock makes a second, concurrent issue of the same draft wait and then see it issued
        return view(plans.issue(access.managed(id, LockModeType.PESSIMISTIC_WRITE), request));
    }

    @POST
    @Path("/{id}/amendments")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Amend a document in force (sửa đổi, bổ sung): add, remove or change tasks, move deadlines",
            description = "The version goes up by one and PlanAmended says exactly what changed.")
    @APIResponse(responseCode = "200", description = "Amended")
    @APIResponse(responseCode = "409", description = "A draft or a revoked document")
    public PlanViews.PlanView amend(@PathParam("id") UUID id, @Valid @NotNull AmendmentDtos.Amendment amendment) {
        return view(amendments.amend(access.managed(id, LockModeType.PESSIMISTIC_WRITE), amendment));
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Revoke a document in force (thu hồi); its open assignments are cancelled by task-service")
    @APIResponse(responseCode = "409", description = "A draft or an already revoked document")
    public PlanViews.PlanView revoke(@PathParam("id") UUID id, @Valid @NotNull PlanDtos.RevokeRequest request) {
        return view(amendments.revoke(access.managed(id, LockModeType.PESSIMISTIC_WRITE), request.reason()));
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.ADMIN})
    @Transactional
    @Operation(summary = "The history of a document: each issued, amended and revoked state as it then read")
    public List<PlanHistory.VersionView> versions(@PathParam("id") UUID id) {
        return history.versions(access.readable(id).id);
    }

    private PlanViews.PlanView view(Plan plan) {
        return PlanViews.PlanView.of(plan, validator.warnings(plan));
    }
}
