package vn.phoihop.platform.reconciliation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.phoihop.platform.security.Roles;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * This service's counts for one plan, and its outbox, for reconciliation across the four services:
 * every service's view of a plan should add up once the events have flowed (see README, operations).
 */
@Path("/admin/reconciliation/plans/{planId}")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {
    @Inject
    Instance<PlanCounts> counters;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /** The counts, with the outbox rows still waiting and parked (service-wide) to tell "not yet" from "never". */
    public record PlanReconciliation(String service, UUID planId, Instant at, Map<String, Long> counts,
                                     long outboxPending, long outboxParked) {
    }

    @GET
    @Transactional
    public PlanReconciliation plan(@PathParam("planId") UUID planId) {
        Map<String, Long> counts = new TreeMap<>();
        for (PlanCounts counter : counters) {
            counts.putAll(counter.count(planId));
        }
        long pending = ((Number) em.createNativeQuery("select count(*) from outbox_event").getSingleResult()).longValue();
        long parked = ((Number) em.createNativeQuery("select count(*) from outbox_parked").getSingleResult()).longValue();
        return new PlanReconciliation(service, planId, Instant.now(), counts, pending, parked);
    }
}
