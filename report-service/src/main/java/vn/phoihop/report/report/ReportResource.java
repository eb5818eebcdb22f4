package vn.phoihop.report.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Reports of the caller's agency, and for a coordinator also the reports sent to its agency on the plans
 * it issued. Anyone else's report answers 404.
 */
@Path("/reports")
public class ReportResource {
    @Inject
    ReportService reports;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(summary = "Report on one of the caller agency's assignments (once; revisions come later)")
    public Response submit(@Valid @NotNull ReportDtos.NewReport body) {
        Report report = reports.submit(caller.agencyCode(), body);
        return Response.created(URI.create("/reports/" + report.id)).entity(ReportDtos.ReportView.of(report)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Reports the caller's agency submitted and, for a coordinator, received; newest first")
    @Transactional
    public List<ReportDtos.ReportView> list() {
        String agency = caller.agencyCode();
        List<Report> found = caller.is(Roles.COORDINATOR)
                ? Report.list("agencyCode = ?1 or issuerCode = ?1 order by submittedAt desc", agency)
                : Report.list("agencyCode = ?1 order by submittedAt desc", agency);
        return found.stream().map(ReportDtos.ReportView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Transactional
    public ReportDtos.ReportView get(@PathParam("id") UUID id) {
        Report report = Report.findById(id);
        if (report == null || !visible(report)) {
            throw ProblemException.notFound("report", id);
        }
        return ReportDtos.ReportView.of(report);
    }

    /** The reporting agency, the issuer's coordinators, and admins. */
    private boolean visible(Report report) {
        return caller.actsFor(report.agencyCode)
                || (caller.is(Roles.COORDINATOR) && caller.agencyCode().equals(report.issuerCode));
    }
}
