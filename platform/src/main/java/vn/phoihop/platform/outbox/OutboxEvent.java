package vn.phoihop.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting in the outbox for the relay to publish it. The database records the writing transaction
 * with each row and numbers transactions in commit order ({@code db/platform/V31_1__outbox_commit_order.sql}).
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    /**
     * From the table's sequence in blocks of 50 ({@code V91_1__outbox_ids_in_blocks.sql}), so the rows of a
     * large transaction are inserted in JDBC batches; within one transaction ids still grow in writing order.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_ids")
    @SequenceGenerator(name = "outbox_event_ids", sequenceName = "outbox_event_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String source;

    public String subject;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    /** Sends the broker refused so far; the relay parks the row after too many. */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;

    /** The writing transaction, filled by the database ({@code pg_current_xact_id()}); read only. */
    @Column(insertable = false, updatable = false, columnDefinition = "xid8")
    public String xid;

    /** W3C trace context of the transaction that wrote the event, or null when it was not traced. */
    public String traceparent;
}
