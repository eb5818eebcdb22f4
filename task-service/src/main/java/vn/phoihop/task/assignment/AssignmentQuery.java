package vn.phoihop.task.assignment;

import jakarta.persistence.EntityManager;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.platform.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A filtered, paged list of assignments, nearest deadline first (undated last). Filters are SQL on table
 * assignment with named parameters, so that the bucket conditions are the very ones {@link BucketCounts} counts.
 * Bad filter values answer 400 naming the parameter and change nothing.
 */
public final class AssignmentQuery {
    private static final String ORDER = " order by deadline asc nulls last, task_title, period_key, agency_code, id";

    private final StringBuilder where = new StringBuilder("true");
    private final Map<String, Object> params = new HashMap<>();
    private boolean usesNow;

    public AssignmentQuery where(String condition, String name, Object value) {
        where.append(" and ").append(condition);
        if (name != null) {
            params.put(name, value);
        }
        return this;
    }

    public AssignmentQuery status(String status) {
        return blank(status) ? this : where("status = :status", "status", parse(AssignmentStatus.class, "status", status).name());
    }

    public AssignmentQuery bucket(String bucket) {
        if (blank(bucket)) {
            return this;
        }
        Bucket b = parse(Bucket.class, "bucket", bucket);
        usesNow |= b.sql.contains(":now");
        return where("(" + b.sql + ")", null, null);
    }

    public AssignmentQuery plan(String planId) {
        return blank(planId) ? this : where("plan_id = :plan", "plan", uuid("plan", planId));
    }

    public AssignmentQuery period(String periodKey) {
        return blank(periodKey) ? this : where("period_key = :period", "period", periodKey.trim());
    }

    public AssignmentQuery dueAfter(String date) {
        return blank(date) ? this : where("deadline >= :dueAfter", "dueAfter", date("dueAfter", date));
    }

    public AssignmentQuery dueBefore(String date) {
        return blank(date) ? this : where("deadline <= :dueBefore", "dueBefore", date("dueBefore", date));
    }

    public String where() {
        return where.toString();
    }

    public Map<String, Object> params() {
        return params;
    }

    public long count(EntityManager em, Instant now) {
        var q = em.createNativeQuery("select count(*) from assignment where " + where);
        bind(q, now);
        return ((Number) q.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<Assignment> page(EntityManager em, Instant now, int page, int size) {
        if ((long) page * size > Integer.MAX_VALUE) {
            throw ProblemException.invalid("page", "is past the last possible page (page × size must stay below " + Integer.MAX_VALUE + ")");
        }
        var q = em.createNativeQuery("select * from assignment where " + where + ORDER, Assignment.class)
                .setFirstResult(page * size).setMaxResults(size);
        bind(q, now);
        return q.getResultList();
    }

    private void bind(jakarta.persistence.Query q, Instant now) {
        params.forEach(q::setParameter);
        if (usesNow) {
            q.setParameter("now", now);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be a plan id (UUID)");
        }
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date like 2022-03-31");
        }
    }
}
