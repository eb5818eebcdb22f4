package vn.phoihop.platform.reconciliation;

import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small helpers for {@link PlanCounts} implementations: a total and a breakdown from one grouped query. */
public final class CountQueries {

    /**
     * Runs {@code sql} (selecting a label and a count, with a {@code :planId} parameter) and puts each row as
     * {@code name.label} into {@code counts}, and their sum as {@code name}.
     */
    public static void grouped(EntityManager em, Map<String, Long> counts, String name, String sql, UUID planId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("planId", planId).getResultList();
        long total = 0;
        for (Object[] row : rows) {
            long n = ((Number) row[1]).longValue();
            counts.put(name + "." + row[0], n);
            total += n;
        }
        counts.put(name, total);
    }

    /** Runs {@code sql} (selecting one count, with a {@code :planId} parameter) and puts it as {@code name}. */
    public static void single(EntityManager em, Map<String, Long> counts, String name, String sql, UUID planId) {
        counts.put(name, ((Number) em.createNativeQuery(sql).setParameter("planId", planId).getSingleResult()).longValue());
    }

    private CountQueries() {
    }
}
