package vn.phoihop.task.request;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Report requests (yêu cầu báo cáo, báo cáo đột xuất) raised by the issuer's coordinators. */
@Path("/report-requests")
@Tag(name = "Report requests", description = "Yêu cầu báo cáo theo nghĩa vụ \"khi có yêu cầu\" và báo cáo đột xuất")
@RolesAllowed(Roles.COORDINATOR)
public class ReportRequestResource {
    @Inject
    ReportRequests requests;

    @Inject
    Caller caller;

    /** Why a request is withdrawn. */
    public record Withdrawal(@Size(max = 1000) String reason) {
    }

    @POST
    @Operation(summary = "Ask agencies for a report",
            description = "On an on-request obligation of a plan the caller's agency issued (planId + obligationId; the "
                    + "agencies default to those it names), or stand-alone to chosen agencies (agencyCodes, reference). "
                    + "Each agency gets a dated assignment in its inbox (TaskAssigned, reminders start).")
    @APIResponse(responseCode = "201", description = "The request with its assignments")
    @APIResponse(responseCode = "400", description = "A field is invalid (named in errors[].field); nothing was requested")
    @APIResponse(responseCode = "404", description = "No such plan issued by the caller's agency")
    public Response raise(@Valid @NotNull ReportRequestBody body) {
        ReportRequest r = requests.raise(body, caller.agencyCode(), caller.agencyCode());
        return Response.created(URI.create("/report-requests/" + r.id)).entity(ReportRequestView.of(r)).build();
    }

    @GET
    @Transactional
    @Operation(summary = "The caller's agency's requests, newest first")
    public List<ReportRequestView> list() {
        return ReportRequest.<ReportRequest>list("issuerCode", Sort.descending("createdAt"), caller.agencyCode()).stream()
                .map(ReportRequestView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One request and its assignments")
    @APIResponse(responseCode = "404", description = "No such request of the caller's agency")
    public ReportRequestView get(@PathParam("id") UUID id) {
        return ReportRequestView.of(requests.own(id, caller.agencyCode()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Withdraw a request: its open assignments are cancelled (REQUEST_WITHDRAWN)")
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    public ReportRequestView withdraw(@PathParam("id") UUID id, @Valid Withdrawal body) {
        ReportRequest r = requests.withdraw(id, caller.agencyCode(), body == null ? null : body.reason());
        return ReportRequestView.of(r);
    }
}
