package vn.phoihop.plan.agency.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.phoihop.plan.agency.Agency;
import vn.phoihop.plan.agency.AgencyData;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.util.List;

/** A province's directory as a file: CSV (UTF-8 with BOM, for Excel) or JSON, out and in. */
@Path("/agency-directory/{province}")
@Tag(name = "Agency directory", description = "Cơ quan, đơn vị: danh bạ, cây tổ chức")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class DirectoryTransferResource {
    public static final String CSV = "text/csv";
    static final String CSV_EXAMPLE = "code,name,shortName,symbol,kind,parentCode,provinceCode\n"
            + "DKN.UBND,Ủy ban nhân dân tỉnh Đắk Nông,UBND tỉnh Đắk Nông,UBND,PEOPLES_COMMITTEE,,DKN\n"
            + "DKN.STTTT,Sở Thông tin và Truyền thông tỉnh Đắk Nông,Sở TT&TT,STTTT,DEPARTMENT,DKN.UBND,DKN\n";

    @Inject
    DirectoryExport export;
    @Inject
    DirectoryImport importer;
    @Inject
    Caller caller;
    @Inject
    ObjectMapper json;

    @GET
    @Path("/export")
    @Produces({CSV + ";charset=UTF-8", MediaType.APPLICATION_JSON})
    @Operation(summary = "Export a province's directory",
            description = "format=csv (default; UTF-8 with BOM) or json. Ended agencies included, parents first.")
    public Response export(@PathParam("province") String province,
                           @QueryParam("format") @Parameter(example = "csv") @Pattern(regexp = "csv|json", message = "must be csv or json") String format) {
        if ("json".equals(format)) {
            return Response.ok(export.of(province), MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(DirectoryCsv.write(export.of(province)), CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"agencies-" + province + ".csv\"")
                .build();
    }

    @POST
    @Path("/import")
    @Consumes({CSV, MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a province's directory (all or nothing, idempotent)",
            description = "Upserts by code, parents first; unchanged rows publish nothing. An invalid row answers 400 "
                    + "naming rows[i] (0-based; CSV line i+2) and the field, and nothing is stored. "
                    + "A coordinator imports only the province of its own agency.")
    @RequestBody(content = {
            @Content(mediaType = CSV, examples = @ExampleObject(name = "Đắk Nông", value = CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Đắk Nông",
                    value = "[{\"code\": \"DKN.STTTT\", \"name\": \"Sở Thông tin và Truyền thông tỉnh Đắk Nông\", \"shortName\": \"Sở TT&TT\", \"symbol\": \"STTTT\", \"kind\": \"DEPARTMENT\", \"parentCode\": \"DKN.UBND\", \"provinceCode\": \"DKN\"}]"))})
    @APIResponse(responseCode = "200", description = "What was created, updated and left unchanged")
    @APIResponse(responseCode = "400", description = "Invalid rows, each named; nothing imported")
    @APIResponse(responseCode = "403", description = "A coordinator importing another province")
    public DirectoryImport.Outcome importDirectory(@PathParam("province") String province,
                                                  @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        if (!province.matches(AgencyData.CODE)) {
            throw ProblemException.invalid("province", AgencyData.CODE_MESSAGE);
        }
        boolean admin = caller.is(Roles.ADMIN);
        if (!admin) {
            Agency own = Agency.findById(caller.agencyCode());
            if (own == null || !province.equals(own.provinceCode)) {
                throw ProblemException.forbidden("a coordinator imports only the directory of its own province");
            }
        }
        List<AgencyData> rows = contentType != null && contentType.startsWith(MediaType.APPLICATION_JSON)
                ? readJson(body) : DirectoryCsv.read(body == null ? "" : body);
        return importer.run(province, rows, admin);
    }

    private List<AgencyData> readJson(String body) {
        try {
            return json.readValue(body, new TypeReference<List<AgencyData>>() {
            });
        } catch (JsonProcessingException e) {
            String at = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                    && m.getPath().get(0).getIndex() >= 0 ? "rows[" + m.getPath().get(0).getIndex() + "]" : "body";
            throw ProblemException.invalid(at, "unreadable JSON: " + e.getOriginalMessage());
        }
    }
}
