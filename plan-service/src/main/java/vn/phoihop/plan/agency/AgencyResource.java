package vn.phoihop.plan.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Roles;

import java.net.URI;
import java.util.List;

/** The agency directory: readable by every signed-in user, maintained by admins. */
@Path("/agencies")
public class AgencyResource {

    public record AgencyView(String code, String name, String symbol, String kind, String parentCode) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.code, a.name, a.symbol, a.kind, a.parentCode);
        }
    }

    public record NewAgency(
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{1,63}", message = "must be upper-case letters, digits, '.', '_' or '-'") String code,
            @NotBlank String name,
            @NotBlank String symbol,
            @NotBlank String kind,
            String parentCode) {
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.ADMIN})
    public List<AgencyView> list() {
        return Agency.<Agency>listAll(io.quarkus.panache.common.Sort.by("code")).stream().map(AgencyView::of).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.ADMIN})
    public AgencyView get(@PathParam("code") String code) {
        Agency agency = Agency.findById(code);
        if (agency == null) {
            throw ProblemException.notFound("agency", code);
        }
        return AgencyView.of(agency);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Response create(@Valid @NotNull NewAgency body) {
        if (Agency.findById(body.code()) != null) {
            throw new ProblemException(409, "Conflict", "agency " + body.code() + " already exists",
                    List.of(new vn.phoihop.platform.problem.Problem.FieldError("code", "already exists")));
        }
        if (body.parentCode() != null && Agency.findById(body.parentCode()) == null) {
            throw ProblemException.invalid("parentCode", "unknown agency " + body.parentCode());
        }
        Agency agency = new Agency();
        agency.code = body.code();
        agency.name = body.name();
        agency.symbol = body.symbol();
        agency.kind = body.kind();
        agency.parentCode = body.parentCode();
        agency.persist();
        return Response.created(URI.create("/agencies/" + agency.code)).entity(AgencyView.of(agency)).build();
    }
}
