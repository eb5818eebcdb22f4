package vn.phoihop.plan.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.phoihop.platform.security.Roles;

import java.net.URI;
import java.util.List;

/** The agency directory: readable by every signed-in user, maintained by admins. */
@Path("/agencies")
@Tag(name = "Agency directory", description = "Cơ quan, đơn vị: danh bạ, cây tổ chức")
public class AgencyResource {
    static final String EXAMPLE = """
            {"code": "DKN.STTTT", "name": "Sở Thông tin và Truyền thông tỉnh Đắk Nông", "shortName": "Sở TT&TT",
             "symbol": "STTTT", "kind": "DEPARTMENT", "parentCode": "DKN.UBND", "provinceCode": "DKN"}""";

    @Inject
    AgencyDirectory directory;
    @Inject
    AgencyQueries queries;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "List agencies", description = "Filters combine; q ignores case and diacritics (\"dak nong\" finds \"Đắk Nông\").")
    public List<AgencyView> list(@QueryParam("province") @Parameter(example = "DKN") String province,
                                 @QueryParam("kind") @Parameter(example = "PRESS") @Pattern(regexp = AgencyData.KINDS, message = "must be one of " + AgencyData.KINDS) String kind,
                                 @QueryParam("parent") @Parameter(example = "DKN.UBND") String parent,
                                 @QueryParam("active") Boolean active,
                                 @QueryParam("q") @Size(max = 200, message = "at most 200 characters") @Parameter(example = "truyen thong") String q) {
        return views(queries.list(province, kind, parent, active, q));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "One agency, ended ones included (old plans still show their name)")
    @APIResponse(responseCode = "404", description = "No agency has this code")
    public AgencyView get(@PathParam("code") String code) {
        return AgencyView.of(directory.find(code));
    }

    @GET
    @Path("/{code}/children")
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "Agencies directly below (the departments of a UBND tỉnh, the offices of a district)")
    public List<AgencyView> children(@PathParam("code") String code, @QueryParam("active") Boolean active) {
        directory.find(code);
        return views(queries.children(code, active));
    }

    @GET
    @Path("/{code}/descendants")
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "Every agency below, nearest first")
    public List<AgencyView> descendants(@PathParam("code") String code, @QueryParam("active") Boolean active) {
        directory.find(code);
        return views(queries.descendants(code, active));
    }

    @GET
    @Path("/{code}/path")
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "From the top (UBND tỉnh) down to this agency",
            description = "e.g. DBN.UBND → DBN.DIENBIEN → DBN.DIENBIEN.THANHXUONG")
    public List<AgencyView> path(@PathParam("code") String code) {
        return views(queries.path(directory.find(code)));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register an agency", description = "Publishes AgencyChanged REGISTERED.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Sở TT&TT Đắk Nông", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", description = "A field is invalid (named in errors[].field)")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(@Valid @NotNull AgencyData body) {
        Agency agency = directory.register(body, null);
        return Response.created(URI.create("/agencies/" + agency.code)).entity(AgencyView.of(agency)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Update an agency", description = "Publishes AgencyChanged RENAMED when the name changes, UPDATED for other changes, nothing when nothing changed. The code never changes.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Sở TT&TT Đắk Nông", value = EXAMPLE)))
    @Transactional
    public AgencyView update(@PathParam("code") String code, @Valid @NotNull AgencyData body) {
        if (!code.equals(body.code())) {
            throw vn.phoihop.platform.problem.ProblemException.invalid("code", "must be " + code + ", the agency's code never changes");
        }
        Agency agency = directory.find(code);
        directory.update(agency, body, "");
        return AgencyView.of(agency);
    }

    static List<AgencyView> views(List<Agency> agencies) {
        return agencies.stream().map(AgencyView::of).toList();
    }
}
