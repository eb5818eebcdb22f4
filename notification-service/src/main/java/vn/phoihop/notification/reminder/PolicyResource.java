package vn.phoihop.notification.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.notification.assignment.Assignment;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;
import vn.phoihop.platform.time.ServiceClock;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reminder policies per plan, obligation or agency (the most specific wins). A plan's or obligation's
 * policy is set by the issuer's coordinators, an agency's by that agency; admins set any. Saving replans
 * the open assignments it applies to.
 */
@Path("/reminder-policies")
@RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
public class PolicyResource {
    @Inject
    Caller caller;

    @Inject
    ServiceClock clock;

    @Inject
    Policies policies;

    @Inject
    ReminderPlanner planner;

    public record PolicyRequest(
            @NotNull @Size(max = 10) List<@NotNull @Min(1) @Max(60) Integer> daysBefore,
            @NotNull Boolean onDueDay,
            @NotNull Boolean overdueDaily,
            @NotNull @Min(0) @Max(60) Integer escalateAfterWorkingDays) {
    }

    public record PolicyView(String scope, String key, List<Integer> daysBefore, boolean onDueDay,
                             boolean overdueDaily, int escalateAfterWorkingDays) {
        static PolicyView of(String scope, String key, Policy p) {
            return new PolicyView(scope, key, p.daysBefore(), p.onDueDay(), p.overdueDaily(), p.escalateAfterWorkingDays());
        }
    }

    @GET
    @Path("/defaults")
    @Operation(summary = "The default policy (configuration): 7, 3 and 1 working days before, on the day, daily when late")
    public PolicyView defaults() {
        return PolicyView.of("DEFAULT", null, policies.defaults());
    }

    @GET
    @Path("/{scope}/{key}")
    @Operation(summary = "The policy set for a plan (PLAN/<planId>), obligation (OBLIGATION/<obligationId>) or agency (AGENCY/<code>)")
    @APIResponse(responseCode = "404", description = "None set, or not the caller's to see")
    public PolicyView get(@PathParam("scope") String scope, @PathParam("key") String key,
                          @QueryParam("issuer") @Parameter(description = "OBLIGATION, for an admin: the issuer whose obligation it is") String issuer) {
        ReminderPolicy.Scope s = scopeOf(scope);
        requireAllowed(s, key);
        ReminderPolicy p = ReminderPolicy.findById(new ReminderPolicy.Key(s, storedKey(s, key, issuer)));
        if (p == null) {
            throw ProblemException.notFound("reminder policy", scope + "/" + key);
        }
        return PolicyView.of(scope, key, p.policy());
    }

    @PUT
    @Path("/{scope}/{key}")
    @Transactional
    @Operation(summary = "Set a policy; the open assignments it applies to are replanned",
            description = "Ví dụ: {\"daysBefore\":[5,2],\"onDueDay\":true,\"overdueDaily\":true,\"escalateAfterWorkingDays\":2}")
    @APIResponse(responseCode = "400", description = "A field is invalid (named in the problem)")
    public PolicyView put(@PathParam("scope") String scope, @PathParam("key") String key,
                          @QueryParam("issuer") @Parameter(description = "OBLIGATION, for an admin: the issuer whose obligation it is") String issuer,
                          @Valid @NotNull PolicyRequest request) {
        ReminderPolicy.Scope s = scopeOf(scope);
        requireAllowed(s, key);
        String stored = storedKey(s, key, issuer);
        ReminderPolicy p = ReminderPolicy.findById(new ReminderPolicy.Key(s, stored));
        if (p == null) {
            p = new ReminderPolicy();
            p.scope = s;
            p.scopeKey = stored;
        }
        p.daysBefore = request.daysBefore().stream().distinct().sorted((a, b) -> b - a)
                .map(String::valueOf).collect(Collectors.joining(","));
        p.onDueDay = request.onDueDay();
        p.overdueDaily = request.overdueDaily();
        p.escalateAfter = request.escalateAfterWorkingDays();
        p.updatedAt = clock.now();
        p.persist();
        replan(s, key, stored);
        return PolicyView.of(scope, key, p.policy());
    }

    @DELETE
    @Path("/{scope}/{key}")
    @Transactional
    @Operation(summary = "Remove a policy; the next less specific one applies")
    public void delete(@PathParam("scope") String scope, @PathParam("key") String key,
                       @QueryParam("issuer") @Parameter(description = "OBLIGATION, for an admin: the issuer whose obligation it is") String issuer) {
        ReminderPolicy.Scope s = scopeOf(scope);
        requireAllowed(s, key);
        String stored = storedKey(s, key, issuer);
        if (ReminderPolicy.deleteById(new ReminderPolicy.Key(s, stored))) {
            replan(s, key, stored);
        }
    }

    private void replan(ReminderPolicy.Scope scope, String key, String stored) {
        List<Assignment> open = switch (scope) {
            case AGENCY -> Assignment.list("agencyCode = ?1 and status = ?2", key, Assignment.Status.OPEN);
            case PLAN -> Assignment.list("planId = ?1 and status = ?2", UUID.fromString(key), Assignment.Status.OPEN);
            case OBLIGATION -> Assignment.list("obligationId = ?1 and issuerCode = ?2 and status = ?3", UUID.fromString(key),
                    stored.substring(0, stored.lastIndexOf('/')), Assignment.Status.OPEN);
        };
        open.forEach(planner::replan);
    }

    /**
     * Where the policy is stored: an obligation's under its issuer too (the caller's agency; an admin names the
     * issuer, or it is the only one with that obligation), so no issuer's policy reaches another's assignments.
     */
    private String storedKey(ReminderPolicy.Scope scope, String key, String issuer) {
        if (scope != ReminderPolicy.Scope.OBLIGATION) {
            return key;
        }
        if (!caller.is(Roles.ADMIN)) {
            return Policies.obligationKey(caller.agencyCode(), key);
        }
        if (issuer != null) {
            return Policies.obligationKey(issuer, key);
        }
        List<String> issuers = Assignment.<Assignment>list("obligationId", UUID.fromString(key)).stream()
                .map(a -> a.issuerCode).distinct().toList();
        if (issuers.size() != 1) {
            throw ProblemException.invalid("issuer", "name the issuer whose obligation " + key + " it is");
        }
        return Policies.obligationKey(issuers.get(0), key);
    }

    private void requireAllowed(ReminderPolicy.Scope scope, String key) {
        if (caller.is(Roles.ADMIN)) {
            validKey(scope, key);
            return;
        }
        boolean allowed = switch (scope) {
            case AGENCY -> caller.agencyCode().equals(key);
            case PLAN -> caller.is(Roles.COORDINATOR)
                    && Assignment.count("planId = ?1 and issuerCode = ?2", validKey(scope, key), caller.agencyCode()) > 0;
            case OBLIGATION -> caller.is(Roles.COORDINATOR)
                    && Assignment.count("obligationId = ?1 and issuerCode = ?2", validKey(scope, key), caller.agencyCode()) > 0;
        };
        if (!allowed) {
            throw ProblemException.notFound(scope.name().toLowerCase(), key);
        }
    }

    private static Object validKey(ReminderPolicy.Scope scope, String key) {
        if (scope == ReminderPolicy.Scope.AGENCY) {
            return key;
        }
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("key", "must be the " + scope.name().toLowerCase() + "'s id (a UUID)");
        }
    }

    private static ReminderPolicy.Scope scopeOf(String scope) {
        try {
            return ReminderPolicy.Scope.valueOf(scope);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("scope", "must be one of PLAN, OBLIGATION, AGENCY");
        }
    }
}
