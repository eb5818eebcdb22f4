package vn.phoihop.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows the relay gave up on: moved from {@code outbox_event} to {@code outbox_parked} with the reason, so
 * that the rows behind them flow. Operators see them ({@code GET /admin/outbox/parked}), alert on the gauge
 * {@code phoihop.outbox.parked} and retry one once the cause is fixed.
 */
@ApplicationScoped
public class OutboxParking {
    private static final Logger LOG = Logger.getLogger(OutboxParking.class);
    private static final long GAUGE_REFRESH_NANOS = 5_000_000_000L;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private volatile long refreshedAt;
    private volatile boolean registered;

    /** One parked row as operators see it. */
    public record ParkedEvent(long id, String eventId, String topic, String key, String type, String subject,
                              Instant occurredAt, int attempts, String error, Instant parkedAt, int dataBytes) {
    }

    /** Moves the row out of the way, with the reason. Runs in the relay's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void park(OutboxEvent row, int attempts, String error) {
        em.createNativeQuery("""
                        insert into outbox_parked (id, event_id, topic, message_key, type, source, subject, occurred_at,
                                                   payload, attempts, error)
                        select id, event_id, topic, message_key, type, source, subject, occurred_at, payload, :attempts, :error
                        from outbox_event where id = :id""")
                .setParameter("attempts", attempts).setParameter("error", error).setParameter("id", row.id).executeUpdate();
        em.createNativeQuery("delete from outbox_event where id = :id").setParameter("id", row.id).executeUpdate();
        parkedCounter().increment();
        parked.incrementAndGet();
        LOG.errorf("outbox: parked event %s (%s, topic %s, key %s) after %d attempt(s): %s. The rows behind it go on; "
                + "see GET /admin/outbox/parked", row.eventId, row.type, row.topic, row.key, attempts, error);
    }

    /** Counts one refusal of the row; parks it when it has had {@code maxAttempts}. */
    @Transactional(Transactional.TxType.MANDATORY)
    void refusedOnce(OutboxEvent row, String error, int maxAttempts) {
        int attempts = row.attempts + 1;
        if (attempts >= maxAttempts) {
            park(row, attempts, error);
            return;
        }
        em.createNativeQuery("update outbox_event set attempts = :attempts, last_error = :error where id = :id")
                .setParameter("attempts", attempts).setParameter("error", error).setParameter("id", row.id).executeUpdate();
        LOG.warnf("outbox: the broker refused event %s (%s, key %s), attempt %d of %d; its key waits: %s",
                row.eventId, row.type, row.key, attempts, maxAttempts, error);
    }

    /** Drops the commit numbers of transactions whose rows have all left the outbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forgetFinishedCommits(List<String> xids) {
        if (xids.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        delete from outbox_commit c where c.xid = any(cast(cast(:xids as text[]) as xid8[]))
                          and not exists (select 1 from outbox_event e where e.xid = c.xid)""")
                .setParameter("xids", xids.toArray(String[]::new)).executeUpdate();
    }

    @Transactional
    public List<ParkedEvent> list(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, cast(event_id as text), topic, message_key, type, subject, occurred_at, attempts, error,
                               parked_at, octet_length(payload)
                        from outbox_parked order by id limit :n""")
                .setParameter("n", limit).getResultList();
        return rows.stream().map(r -> new ParkedEvent(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], instant(r[6]), ((Number) r[7]).intValue(), (String) r[8],
                instant(r[9]), ((Number) r[10]).intValue())).toList();
    }

    /**
     * Puts a parked row back in the outbox as a new row (the relay sends it after what is already waiting).
     * Returns false when there is no such parked row.
     */
    @Transactional
    public boolean retry(long id) {
        int moved = em.createNativeQuery("""
                        insert into outbox_event (event_id, topic, message_key, type, source, subject, occurred_at, payload)
                        select event_id, topic, message_key, type, source, subject, occurred_at, payload
                        from outbox_parked where id = :id""")
                .setParameter("id", id).executeUpdate();
        if (moved == 0) {
            return false;
        }
        em.createNativeQuery("delete from outbox_parked where id = :id").setParameter("id", id).executeUpdate();
        parked.decrementAndGet();
        LOG.infof("outbox: parked row %d put back for the relay", id);
        return true;
    }

    /** Refreshes the gauges from the tables, at most every few seconds. */
    void refreshGauges() {
        register();
        long now = System.nanoTime();
        if (now - refreshedAt < GAUGE_REFRESH_NANOS) {
            return;
        }
        refreshedAt = now;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                parked.set(((Number) em.createNativeQuery("select count(*) from outbox_parked").getSingleResult()).longValue());
                pending.set(((Number) em.createNativeQuery("select count(*) from outbox_event").getSingleResult()).longValue());
            });
        } catch (RuntimeException e) {
            LOG.debugf("outbox gauges not refreshed: %s", e.toString());
        }
    }

    private void register() {
        if (!registered) {
            Gauge.builder("phoihop.outbox.parked", parked, AtomicLong::get)
                    .description("Outbox events parked: too large or refused by the broker; see GET /admin/outbox/parked")
                    .register(registry);
            Gauge.builder("phoihop.outbox.pending", pending, AtomicLong::get)
                    .description("Outbox events waiting to be published").register(registry);
            registered = true;
        }
    }

    private Counter parkedCounter() {
        return Counter.builder("phoihop.outbox.parked.events").description("Outbox events parked since start")
                .register(registry);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
    }
}
