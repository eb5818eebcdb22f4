package vn.phoihop.report.consolidation;

import vn.phoihop.platform.document.OfficialHeading;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.platform.security.Roles;
import vn.phoihop.report.directory.Agency;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Consolidation (tổng hợp) of a plan and the plans implementing it, for one period: for the issuer's
 * coordinators and admins. As JSON, CSV, XLSX, and DOCX in the official layout.
 */
@Path("/plans/{planId}")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class ConsolidationResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    Consolidation consolidation;

    @GET
    @Path("/consolidation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Totals per indicator and agency, roll-up through the agency hierarchy, coverage, "
            + "progress against targets, and who has not reported (overdue first)")
    @APIResponse(responseCode = "200", description = "Computed now from the latest revision of every report")
    @APIResponse(responseCode = "404", description = "No such plan issued by the caller's agency")
    public ConsolidationView json(@PathParam("planId") UUID planId, @Parameter(description = "2020-Q2, 2020-M03, 2020-H1, 2020-9M, 2020, ONCE, or REQUEST-n for a report request", example = "2020-Q2")
            @QueryParam("period") @NotNull @Pattern(regexp = Consolidation.PERIOD,
                    message = "must be a period such as 2020-Q2, 2020-M03, 2020-H1, 2020-9M, 2020, ONCE or REQUEST-3") String period) {
        return consolidation.of(planId, period);
    }

    @GET
    @Path("/consolidation.csv")
    @Produces("text/csv")
    @Operation(summary = "The consolidation as CSV (UTF-8 with BOM, opens in Excel with Vietnamese text intact)")
    public Response csv(@PathParam("planId") UUID planId, @Parameter(description = "2020-Q2, 2020-M03, 2020-H1, 2020-9M, 2020, ONCE, or REQUEST-n for a report request", example = "2020-Q2")
            @QueryParam("period") @NotNull @Pattern(regexp = Consolidation.PERIOD,
                    message = "must be a period such as 2020-Q2, 2020-M03, 2020-H1, 2020-9M, 2020, ONCE or REQUEST-3") String period) {
        ConsolidationView view = consolidation.of(planId, period);
        return file(CsvExport.write(view), "text/csv; charset=UTF-8", view, "csv");
    }

    @GET
    @Path("/consolidation.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The consolidation as an Excel workbook")
    public Response xlsx(@PathParam("planId") UUID planId, @Parameter(description = "2020-Q2, 2020-M03, 2020-H1, 2020-9M, 2020, ONCE, or REQUEST-n for a report request", example = "2020-Q2")
            @QueryParam("period") @NotNull @Pattern(regexp = Consolidation.PERIOD,
                    message = "must be a period such as 2020-Q2, 2020-M03, 2020-H1, 2020-9M, 2020, ONCE or REQUEST-3") String period) {
        ConsolidationView view = consolidation.of(planId, period);
        return file(XlsxExport.write(view), XLSX, view, "xlsx");
    }

    @GET
    @Path("/consolidation.docx")
    @Produces(DOCX)
    @Operation(summary = "The consolidated report (báo cáo tổng hợp) as a Word document in the official layout, "
            + "number left blank for the clerk")
    @Transactional
    public Response docx(@PathParam("planId") UUID planId, @Parameter(description = "2020-Q2, 2020-M03, 2020-H1, 2020-9M, 2020, ONCE, or REQUEST-n for a report request", example = "2020-Q2")
            @QueryParam("period") @NotNull @Pattern(regexp = Consolidation.PERIOD,
                    message = "must be a period such as 2020-Q2, 2020-M03, 2020-H1, 2020-9M, 2020, ONCE or REQUEST-3") String period) {
        ConsolidationView view = consolidation.of(planId, period);
        Agency issuer = Agency.findById(view.issuerCode());
        Agency superior = issuer == null || issuer.parentCode == null ? null : Agency.findById(issuer.parentCode);
        return file(DocxExport.write(view, OfficialHeading.of(view.issuerCode(), issuer == null ? null : issuer.name,
                issuer == null ? null : issuer.symbol, superior == null ? null : superior.name)), DOCX, view, "docx");
    }

    private static Response file(byte[] content, String type, ConsolidationView view, String extension) {
        String name = "Tổng hợp " + (view.planNumber() == null ? view.planId().toString() : view.planNumber().replace('/', '-'))
                + " " + view.periodKey() + "." + extension;
        return Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"tong-hop-" + view.periodKey() + "." + extension
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
