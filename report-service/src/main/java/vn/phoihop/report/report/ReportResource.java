package vn.phoihop.report.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import io.quarkus.panache.common.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;
import vn.phoihop.report.attachment.Attachment;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Reports of the caller's agency, the reports sent to it (as receiver), and for a coordinator the reports on
 * the plans its agency issued. Anyone else's report answers 404.
 */
@Path("/reports")
public class ReportResource {
    @Inject
    ReportService reports;

    @Inject
    ReportReview review;

    @Inject
    ReportAccess access;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(summary = "Report on one of the caller agency's assignments (first revision)")
    @APIResponse(responseCode = "201", description = "Stored; ReportSubmitted published")
    @APIResponse(responseCode = "400", description = "A field is invalid, e.g. indicators.NEWS_ARTICLES")
    @APIResponse(responseCode = "404", description = "No such assignment of the caller's agency")
    @APIResponse(responseCode = "409", description = "Already reported on (send a revision), or the assignment was cancelled")
    @Transactional // the report, its event and the answer's view in one transaction: one commit a report
    public Response submit(@Valid @NotNull ReportDtos.NewReport body) {
        Report report = reports.submit(caller.agencyCode(), body);
        // the caller's own report, just made: its one revision, and no attachment yet (they are added to it afterwards)
        return Response.created(URI.create("/reports/" + report.id))
                .entity(ReportDtos.ReportView.of(report, report.revisions(), List.of())).build();
    }

    @POST
    @Path("/{id}/revisions")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(summary = "Send a new revision of a report not yet accepted (for instance after it was returned)")
    @APIResponse(responseCode = "201", description = "Stored; ReportRevised published")
    @APIResponse(responseCode = "409", description = "The report was accepted (final) or the assignment cancelled")
    @Transactional
    public Response revise(@PathParam("id") UUID id, @Valid @NotNull ReportDtos.Revision body) {
        Report report = reports.revise(caller.agencyCode(), id, body);
        return Response.created(URI.create("/reports/" + report.id)).entity(view(report.id)).build();
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(summary = "Accept the latest revision (receiver only); an accepted report is final")
    @APIResponse(responseCode = "200", description = "Accepted; ReportAccepted published")
    @APIResponse(responseCode = "409", description = "Not waiting for a review")
    public ReportDtos.ReportView accept(@PathParam("id") UUID id, @Valid ReportDtos.Review body) {
        review.accept(id, body == null ? null : body.comment());
        return view(id);
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(summary = "Return the latest revision with a comment (receiver only); the agency sends a new revision")
    @APIResponse(responseCode = "200", description = "Returned; ReportReturned published")
    @APIResponse(responseCode = "400", description = "No comment")
    @APIResponse(responseCode = "409", description = "Not waiting for a review")
    public ReportDtos.ReportView returnForRevision(@PathParam("id") UUID id, @Valid ReportDtos.Review body) {
        review.returnForRevision(id, body == null ? null : body.comment());
        return view(id);
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Reports the caller's agency submitted or receives and, for a coordinator, those on its plans; newest first")
    @Transactional
    public Response list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(value = 100000, message = "must be at most 100000") int page,
                         @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size) {
        String agency = caller.agencyCode();
        PanacheQuery<Report> found = caller.is(Roles.COORDINATOR)
                ? Report.find("agencyCode = ?1 or issuerCode = ?1 or receiverCode = ?1 order by firstSubmittedAt desc, id", agency)
                : Report.find("agencyCode = ?1 or (receiverCode = ?1 and receiverCode <> issuerCode) order by firstSubmittedAt desc, id", agency);
        List<ReportDtos.ReportView> views = found.page(Page.of(page, size)).<Report>list().stream()
                .map(r -> ReportDtos.ReportView.of(r, r.revisions(), Attachment.refs(r.id))).toList();
        return Response.ok(views).header("X-Total-Count", found.count()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "A report with its history of revisions and reviews, and its attachments")
    @Transactional
    public ReportDtos.ReportView get(@PathParam("id") UUID id) {
        return view(id);
    }

    private ReportDtos.ReportView view(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Report report = Report.findById(id);
            if (report == null || !access.visible(report)) {
                throw ProblemException.notFound("report", id);
            }
            return ReportDtos.ReportView.of(report, report.revisions(), Attachment.refs(report.id));
        });
    }
}
