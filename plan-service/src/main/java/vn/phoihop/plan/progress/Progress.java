package vn.phoihop.plan.progress;

import vn.phoihop.events.AssignmentStatus;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of a plan's assignments by status, plus the open ones that are overdue. {@code percentDone} is the
 * share of live (not cancelled) assignments submitted or accepted.
 */
public record Progress(long assignments, Map<AssignmentStatus, Long> byStatus, long overdue, int percentDone) {
    private static final List<AssignmentStatus> OPEN = List.of(AssignmentStatus.ASSIGNED, AssignmentStatus.ACKNOWLEDGED,
            AssignmentStatus.IN_PROGRESS, AssignmentStatus.RETURNED);

    static Progress of(List<AssignmentProgress> rows) {
        Map<AssignmentStatus, Long> byStatus = new EnumMap<>(AssignmentStatus.class);
        long overdue = 0;
        for (AssignmentProgress row : rows) {
            byStatus.merge(row.status, 1L, Long::sum);
            if (row.overdue && OPEN.contains(row.status)) {
                overdue++;
            }
        }
        return of(rows.size(), byStatus, overdue);
    }

    static Progress of(long assignments, Map<AssignmentStatus, Long> byStatus, long overdue) {
        long live = assignments - byStatus.getOrDefault(AssignmentStatus.CANCELLED, 0L);
        long done = byStatus.getOrDefault(AssignmentStatus.SUBMITTED, 0L) + byStatus.getOrDefault(AssignmentStatus.ACCEPTED, 0L);
        return new Progress(assignments, byStatus, overdue, live == 0 ? 0 : (int) (100 * done / live));
    }

    Progress plus(Progress other) {
        Map<AssignmentStatus, Long> sum = new EnumMap<>(AssignmentStatus.class);
        sum.putAll(byStatus);
        other.byStatus.forEach((status, n) -> sum.merge(status, n, Long::sum));
        return of(assignments + other.assignments, sum, overdue + other.overdue);
    }
}
