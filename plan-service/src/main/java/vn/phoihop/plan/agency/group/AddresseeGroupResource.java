package vn.phoihop.plan.agency.group;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
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
import vn.phoihop.plan.agency.AgencyData;
import vn.phoihop.platform.security.Roles;

import java.util.List;

/** Addressee groups of the directory: readable by every signed-in user, defined by admins. */
@Path("/addressee-groups")
@Tag(name = "Addressee groups", description = "Nhóm nơi nhận: các cơ quan báo chí, UBND các huyện, Phòng VH-TT các huyện …")
@Transactional
public class AddresseeGroupResource {
    static final String EXAMPLE = """
            {"provinceCode": "DKN", "name": "Các cơ quan báo chí trên địa bàn tỉnh", "kind": "PRESS"}""";

    @Inject
    AddresseeGroups groups;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "List addressee groups with the members each stands for today")
    public List<AddresseeGroupView> list(@QueryParam("province") @Parameter(example = "DKN")
                                         @Pattern(regexp = AgencyData.CODE, message = AgencyData.CODE_MESSAGE) String province) {
        return groups.list(province).stream().map(g -> AddresseeGroupView.of(g, groups.members(g))).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.ADMIN})
    @Operation(summary = "One addressee group with the members it stands for today")
    @APIResponse(responseCode = "404", description = "No group has this code")
    public AddresseeGroupView get(@PathParam("code") String code) {
        AddresseeGroup group = groups.find(code);
        return AddresseeGroupView.of(group, groups.members(group));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Define or redefine an addressee group",
            description = "Documents already issued keep the members they were resolved into; the new rule applies to documents issued from now on.")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "Báo chí Đắk Nông", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Defined")
    @APIResponse(responseCode = "200", description = "Redefined")
    @APIResponse(responseCode = "400", description = "A field is invalid (named in errors[].field)")
    public Response define(@PathParam("code") @Pattern(regexp = AgencyData.CODE, message = AgencyData.CODE_MESSAGE) String code,
                           @Valid @NotNull AddresseeGroupRequest body) {
        boolean created = groups.define(code, body);
        AddresseeGroup group = groups.find(code);
        AddresseeGroupView view = AddresseeGroupView.of(group, groups.members(group));
        return (created ? Response.created(java.net.URI.create("/addressee-groups/" + code)) : Response.ok()).entity(view).build();
    }
}
