package vn.phoihop.task.follow;

import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.AssignmentStatus;
import vn.phoihop.task.assignment.Assignment;
import vn.phoihop.task.assignment.Bucket;
import vn.phoihop.task.assignment.BucketCounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plan's assignments as an agency × period table (bảng theo dõi): one row per (task, obligation, agency),
 * one column per period in time order, each cell the assignment's status and bucket.
 */
public record PlanMatrix(UUID planId, String planNumber, List<Period> periods, List<Row> rows, List<BucketCounts> countsByAgency) {

    public record Period(String key, String label) {
    }

    public record Row(UUID taskId, String taskTitle, UUID obligationId, String agencyCode, AssignmentRole role,
                      Map<String, Cell> cells) {
    }

    public record Cell(UUID assignmentId, LocalDate deadline, AssignmentStatus status, Bucket bucket) {
    }

    static PlanMatrix of(List<Assignment> all, List<BucketCounts> counts, Instant now) {
        Map<String, Assignment> firstOfPeriod = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing((Assignment a) -> a.dataTo, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(a -> a.periodKey))
                .forEach(a -> firstOfPeriod.putIfAbsent(a.periodKey, a));
        List<Period> periods = firstOfPeriod.values().stream()
                .map(a -> new Period(a.periodKey, a.periodLabel)).toList();

        Map<String, Row> rows = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing((Assignment a) -> a.taskTitle)
                        .thenComparing(a -> a.taskId)
                        .thenComparing(a -> String.valueOf(a.obligationId))
                        .thenComparing(a -> a.role)
                        .thenComparing(a -> a.agencyCode))
                .forEach(a -> rows.computeIfAbsent(a.taskId + "|" + a.obligationId + "|" + a.agencyCode,
                                k -> new Row(a.taskId, a.taskTitle, a.obligationId, a.agencyCode, a.role, new LinkedHashMap<>()))
                        .cells().put(a.periodKey, new Cell(a.id, a.deadline, a.status, Bucket.of(a, now))));
        // cells in period order
        List<Row> ordered = rows.values().stream().map(r -> {
            Map<String, Cell> cells = new LinkedHashMap<>();
            periods.forEach(p -> {
                if (r.cells().containsKey(p.key())) {
                    cells.put(p.key(), r.cells().get(p.key()));
                }
            });
            return new Row(r.taskId(), r.taskTitle(), r.obligationId(), r.agencyCode(), r.role(), cells);
        }).toList();
        Assignment any = all.get(0);
        return new PlanMatrix(any.planId, any.planNumber, periods, ordered, counts);
    }
}
