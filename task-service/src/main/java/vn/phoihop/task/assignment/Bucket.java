package vn.phoihop.task.assignment;

import java.time.Instant;

/**
 * The four buckets the Government Office (Văn phòng Chính phủ) follows: done on time (hoàn thành đúng hạn),
 * done late (hoàn thành quá hạn), not yet due (chưa đến hạn), overdue (quá hạn). Done means a report was
 * submitted (SUBMITTED or ACCEPTED); on time means the first submission came before the end of the deadline
 * day. A returned report is not done. A cancelled assignment is in no bucket (null).
 */
public enum Bucket {
    DONE_ON_TIME("status in ('SUBMITTED', 'ACCEPTED') and (due_at is null or first_submitted_at is null or first_submitted_at < due_at)"),
    DONE_LATE("status in ('SUBMITTED', 'ACCEPTED') and due_at is not null and first_submitted_at >= due_at"),
    NOT_YET_DUE("status in ('ASSIGNED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RETURNED') and (due_at is null or due_at > :now)"),
    OVERDUE("status in ('ASSIGNED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RETURNED') and due_at <= :now");

    /** SQL condition on table assignment; uses parameter :now where it depends on the time. */
    public final String sql;

    Bucket(String sql) {
        this.sql = sql;
    }

    public static Bucket of(Assignment a, Instant now) {
        if (Assignment.DONE.contains(a.status)) {
            return a.dueAt == null || a.firstSubmittedAt == null || a.firstSubmittedAt.isBefore(a.dueAt)
                    ? DONE_ON_TIME : DONE_LATE;
        }
        if (!a.isOpen()) {
            return null;
        }
        return a.dueAt == null || a.dueAt.isAfter(now) ? NOT_YET_DUE : OVERDUE;
    }
}
