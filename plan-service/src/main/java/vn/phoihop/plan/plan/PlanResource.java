package vn.phoihop.plan.plan;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
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

/** Plans of the caller's agency. Another agency's plan answers 404. */
@Path("/plans")
public class PlanResource {
    @Inject
    PlanService plans;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Draft a plan issued by the caller's agency")
    public Response draft(@Valid @NotNull PlanDtos.NewPlan body) {
        Plan plan = plans.draft(caller.agencyCode(), body);
        return Response.created(URI.create("/plans/" + plan.id)).entity(PlanDtos.PlanView.of(plan)).build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Plans issued (or drafted) by the caller's agency, newest first")
    @Transactional
    public List<PlanDtos.PlanView> list() {
        return Plan.<Plan>list("issuerCode", Sort.descending("createdAt"), caller.agencyCode())
                .stream().map(PlanDtos.PlanView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Transactional
    public PlanDtos.PlanView get(@PathParam("id") UUID id) {
        return PlanDtos.PlanView.of(own(id));
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Issue a draft: allocate its number (n/KH-<issuer symbol>) and assign its tasks")
    @Transactional
    public PlanDtos.PlanView issue(@PathParam("id") UUID id) {
        // the row lock makes a second, concurrent issue of the same draft wait and then see it issued
        return PlanDtos.PlanView.of(plans.issue(own(id, LockModeType.PESSIMISTIC_WRITE)));
    }

    private Plan own(UUID id) {
        return own(id, LockModeType.NONE);
    }

    private Plan own(UUID id, LockModeType lock) {
        Plan plan = Plan.findById(id, lock);
        if (plan == null || !caller.actsFor(plan.issuerCode)) {
            throw ProblemException.notFound("plan", id);
        }
        return plan;
    }
}
