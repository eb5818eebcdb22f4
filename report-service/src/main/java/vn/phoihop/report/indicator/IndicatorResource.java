package vn.phoihop.report.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.report.assignment.ReportableAssignment;
import vn.phoihop.report.plan.PlanRecord;
import vn.phoihop.platform.security.Roles;

import java.util.List;
import java.util.UUID;

/** The indicator catalogue, and indicators a coordinator adds for a plan its agency issued. */
@Path("/indicators")
public class IndicatorResource {
    public static final String CODE = "^[A-Z][A-Z0-9_]{1,63}$";

    @Inject
    Indicators indicators;

    @Inject
    Caller caller;

    public record IndicatorView(String code, String name, String unit, IndicatorType type, String description,
                                UUID planId) {
        public static IndicatorView of(Indicator i) {
            return new IndicatorView(i.code, i.name, i.unit, i.type, i.description, i.planId);
        }
    }

    @Schema(description = "A plan-specific indicator")
    public record NewIndicator(
            @NotNull @Pattern(regexp = CODE, message = "must match " + CODE) @Schema(examples = "HOTLINE_CALLS")
            String code,
            @NotBlank @Size(max = 300) @Schema(examples = "Cuộc gọi đến đường dây nóng 18001567") String name,
            @NotBlank @Size(max = 40) @Schema(examples = "cuộc gọi") String unit,
            @NotNull IndicatorType type,
            @Size(max = 2000) String description) {
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "The indicator catalogue, with a plan's own indicators when planId is given")
    @Transactional
    @APIResponse(responseCode = "404", description = "planId names a plan the caller's agency does not take part in")
    public List<IndicatorView> list(@QueryParam("planId") UUID planId) {
        if (planId != null && !readsPlan(planId)) {
            throw ProblemException.notFound("plan", planId);
        }
        return (planId == null ? indicators.known(List.of()) : indicators.known(planId)).values().stream()
                .map(IndicatorView::of).toList();
    }

    /** A plan is read here by its issuer and by the agencies it assigned work to, as in plan-service. */
    private boolean readsPlan(UUID planId) {
        PlanRecord plan = PlanRecord.findById(planId);
        if (plan == null) {
            return false;
        }
        return caller.actsFor(plan.issuerCode)
                || ReportableAssignment.count("planId = ?1 and agencyCode = ?2", planId, caller.agencyCode()) > 0;
    }
}
