package vn.phoihop.notification.reminder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import vn.phoihop.events.ReminderKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One reminder (nhắc hạn), overdue notice or escalation (đôn đốc) due at a time. */
@Entity
public class Reminder extends PanacheEntityBase {
    public enum Status { SCHEDULED, SENT, CANCELLED, SKIPPED }

    @Id
    public UUID id;

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReminderKind kind;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Working days to the deadline; negative when late. */
    @Column(name = "working_days_left", nullable = false)
    public int workingDaysLeft;

    @Column(name = "sent_at")
    public Instant sentAt;
}
