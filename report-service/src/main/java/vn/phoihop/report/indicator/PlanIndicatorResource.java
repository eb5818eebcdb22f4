package vn.phoihop.report.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;
import vn.phoihop.report.plan.PlanRecord;

import java.net.URI;
import java.util.UUID;

/** Indicators a coordinator adds for one plan its agency issued, next to the catalogue. */
@Path("/plans/{planId}/indicators")
public class PlanIndicatorResource {
    @Inject
    Caller caller;

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Add an indicator for one plan (coordinator of the issuing agency)")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "The code exists for this plan or in the catalogue")
    @Transactional
    public Response add(@PathParam("planId") UUID planId, @Valid @NotNull IndicatorResource.NewIndicator body) {
        PlanRecord plan = PlanRecord.findById(planId);
        if (plan == null || !caller.actsFor(plan.issuerCode)) {
            throw ProblemException.notFound("plan", planId);
        }
        if (Indicator.count("code = ?1 and (planId is null or planId = ?2)", body.code(), planId) > 0) {
            throw ProblemException.conflict("indicator " + body.code() + " exists already");
        }
        Indicator indicator = new Indicator();
        indicator.code = body.code();
        indicator.planId = planId;
        indicator.name = body.name().strip();
        indicator.unit = body.unit().strip();
        indicator.type = body.type();
        indicator.description = body.description();
        indicator.createdBy = caller.agencyCode();
        indicator.persist();
        return Response.created(URI.create("/indicators?planId=" + planId)).entity(IndicatorResource.IndicatorView.of(indicator)).build();
    }
}
