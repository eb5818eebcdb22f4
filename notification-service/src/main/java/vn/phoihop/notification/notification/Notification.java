package vn.phoihop.notification.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification (thông báo) addressed to one agency, made from one event or reminder. The delivery
 * log records it going out over each channel; this is what the agency reads in its inbox.
 */
@Entity
public class Notification extends PanacheEntityBase {
    /** What happened. The wording of each kind is in {@link NotificationTexts}. */
    public enum Kind {
        TASK_ASSIGNED, REPORT_SUBMITTED,
        /** văn bản đến: a document sent to the agency for information (b/c) or to publish (đăng tải) */
        DOCUMENT_RECEIVED,
        /** nhắc hạn: before the deadline or on the day */
        REMINDER,
        /** quá hạn: daily after the deadline */
        OVERDUE,
        /** đôn đốc: the urging notice, to the late agency's head */
        ESCALATION,
        /** the issuer's copy of an urging notice */
        URGING_COPY
    }

    @Id
    public UUID id;

    /** The agency it is addressed to; only that agency sees it. */
    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    /** The event it was made from; (event, agency) is unique, so a redelivery adds nothing. */
    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "assignment_id")
    public UUID assignmentId;

    /** The reminder it was made from (then eventId is the reminder's id too). */
    @Column(name = "reminder_id")
    public UUID reminderId;

    /** An urging notice's letter part by part (JSON of {@code UrgingLetter}), from which its DOCX is written. */
    @Column(name = "letter")
    public String letter;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
