package vn.phoihop.task.assignment;

import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts per bucket, for one agency, one plan or one issuer ({@code key} names the group, null for a total).
 * Computed in one SQL statement with FILTER clauses; cancelled assignments are not counted.
 */
public record BucketCounts(String key, long doneOnTime, long doneLate, long notYetDue, long overdue, long total) {

    /**
     * Counts of the assignments matching {@code where} (SQL on table assignment, named parameters from
     * {@code params}), grouped by {@code groupBy} (a column, or null for a single total).
     */
    public static List<BucketCounts> query(EntityManager em, String where, Map<String, Object> params, String groupBy,
                                           Instant now) {
        String key = groupBy == null ? "cast(null as varchar)" : groupBy;
        String sql = "select " + key + ", "
                + "count(*) filter (where " + Bucket.DONE_ON_TIME.sql + "), "
                + "count(*) filter (where " + Bucket.DONE_LATE.sql + "), "
                + "count(*) filter (where " + Bucket.NOT_YET_DUE.sql + "), "
                + "count(*) filter (where " + Bucket.OVERDUE.sql + ") "
                + "from assignment where status <> 'CANCELLED' and " + where
                + (groupBy == null ? "" : " group by " + groupBy + " order by " + groupBy);
        var query = em.createNativeQuery(sql).setParameter("now", now);
        params.forEach(query::setParameter);
        List<BucketCounts> result = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            long onTime = n(cells[1]), late = n(cells[2]), notYet = n(cells[3]), overdue = n(cells[4]);
            result.add(new BucketCounts((String) cells[0], onTime, late, notYet, overdue, onTime + late + notYet + overdue));
        }
        if (groupBy == null && result.isEmpty()) {
            result.add(new BucketCounts(null, 0, 0, 0, 0, 0));
        }
        return result;
    }

    private static long n(Object cell) {
        return cell == null ? 0 : ((Number) cell).longValue();
    }
}
