package vn.phoihop.plan.history;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.phoihop.events.EventJson;
import vn.phoihop.plan.plan.JsonColumns;
import vn.phoihop.plan.plan.Plan;
import vn.phoihop.plan.plan.PlanViews;
import vn.phoihop.platform.time.ServiceClock;

import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The history of a document: each issued, amended and revoked state as it then read, so that what an agency
 * was asked to do on a given day stays readable after later amendments.
 */
@ApplicationScoped
public class PlanHistory {
    @Inject
    EntityManager em;

    @Inject
    ServiceClock clock;

    /** One entry of the history. {@code changes} is what an amendment changed (the PlanAmended payload). */
    public record VersionView(int version, String change, Instant recordedAt, String reason, JsonNode changes,
                              JsonNode document) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Plan plan, String change, String reason, Object changes) {
        em.flush();
        em.createNativeQuery("""
                        insert into plan_version (plan_id, version, change, recorded_at, reason, changes, snapshot)
                        values (:plan, :version, :change, :at, :reason, cast(:changes as jsonb), cast(:snapshot as jsonb))""")
                .setParameter("plan", plan.id)
                .setParameter("version", plan.version)
                .setParameter("change", change)
                .setParameter("at", Timestamp.from(clock.now()))
                .setParameter("reason", reason)
                .setParameter("changes", JsonColumns.write(changes))
                .setParameter("snapshot", JsonColumns.write(PlanViews.PlanView.of(plan, List.of())))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<VersionView> versions(UUID planId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select version, change, recorded_at, reason, cast(changes as text), cast(snapshot as text)
                        from plan_version where plan_id = :plan order by version, (change = 'REVOKED')""")
                .setParameter("plan", planId)
                .getResultList();
        return rows.stream().map(r -> new VersionView(((Number) r[0]).intValue(), (String) r[1], instant(r[2]),
                (String) r[3], tree((String) r[4]), tree((String) r[5]))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return EventJson.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
