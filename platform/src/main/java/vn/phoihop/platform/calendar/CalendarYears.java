package vn.phoihop.platform.calendar;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.phoihop.events.CalendarChanged;
import vn.phoihop.events.EventJson;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The years of the working calendar entered over REST, kept in this service's database (table
 * {@code calendar_year}) and laid over the shipped CSV in {@link WorkingCalendar}. plan-service stores what
 * an admin enters; every other service stores what its CalendarChanged consumer received. Each instance
 * reloads changed years at start and every {@code phoihop.calendar.refresh}, so a second instance of a
 * service follows the one whose consumer applied the change.
 */
@ApplicationScoped
public class CalendarYears {
    private static final Logger LOG = Logger.getLogger(CalendarYears.class);
    private static final TypeReference<List<CalendarChanged.Source>> SOURCES = new TypeReference<>() {
    };
    private static final TypeReference<List<CalendarChanged.Day>> DAYS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Version of each year as laid over the calendar in this instance. */
    private final Map<Integer, Integer> loaded = new ConcurrentHashMap<>();

    @Transactional
    void onStart(@Observes StartupEvent start) {
        reload();
    }

    @Scheduled(every = "${phoihop.calendar.refresh:60s}", delayed = "${phoihop.calendar.refresh:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refresh() {
        reload();
    }

    /** Lays every stored year whose version this instance has not applied yet over the calendar. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reload() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select year, status, sources, days, version, changed_at, changed_by from calendar_year").getResultList();
        for (Object[] row : rows) {
            CalendarChanged year = year(row);
            if (!Integer.valueOf(year.version()).equals(loaded.get(year.year()))) {
                lay(year);
            }
        }
    }

    /** The stored year, if an admin entered it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CalendarChanged> stored(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select year, status, sources, days, version, changed_at, changed_by"
                + " from calendar_year where year = ?1").setParameter(1, year).getResultList();
        return rows.stream().findFirst().map(CalendarYears::year);
    }

    /**
     * Stores the year and lays it over the calendar at once, so the same transaction re-dates with the new days.
     * A version not newer than the stored one changes nothing (a redelivered or older event).
     *
     * @return whether the year changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(CalendarChanged year) {
        Number stored = (Number) em.createNativeQuery("select version from calendar_year where year = ?1 for update")
                .setParameter(1, year.year()).getResultStream().findFirst().orElse(null);
        if (stored != null && stored.intValue() >= year.version()) {
            LOG.infof("calendar %d version %d already applied (have %d)", year.year(), year.version(), stored.intValue());
            return false;
        }
        em.createNativeQuery("insert into calendar_year (year, status, sources, days, version, changed_at, changed_by)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (year) do update set status = excluded.status,"
                        + " sources = excluded.sources, days = excluded.days, version = excluded.version,"
                        + " changed_at = excluded.changed_at, changed_by = excluded.changed_by")
                .setParameter(1, year.year())
                .setParameter(2, year.status())
                .setParameter(3, EventJson.write(year.sources()))
                .setParameter(4, EventJson.write(year.days()))
                .setParameter(5, year.version())
                .setParameter(6, Timestamp.from(year.changedAt()))
                .setParameter(7, year.changedBy())
                .executeUpdate();
        lay(year);
        int y = year.year();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    // the next reload lays the stored year again (or the next event does)
                    loaded.remove(y);
                    LOG.warnf("calendar %d change rolled back; this instance reloads it", y);
                }
            }
        });
        return true;
    }

    /** The version of the year stored here, 0 when it is still the shipped one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int version(int year) {
        return stored(year).map(CalendarChanged::version).orElse(0);
    }

    private void lay(CalendarChanged year) {
        List<WorkingCalendar.Source> sources = year.sources().stream()
                .map(s -> new WorkingCalendar.Source(s.number(), s.date(), s.issuer(), s.title())).toList();
        List<WorkingCalendar.Day> days = year.days().stream()
                .map(d -> new WorkingCalendar.Day(d.date(), WorkingCalendar.Kind.valueOf(d.kind()), d.name(), d.source()))
                .toList();
        calendar.replaceYear(new WorkingCalendar.Year(year.year(), WorkingCalendar.YearStatus.valueOf(year.status()),
                sources), days);
        loaded.put(year.year(), year.version());
        LOG.infof("calendar %d laid over the shipped one: %s, version %d, %d days", year.year(), year.status(),
                year.version(), days.size());
    }

    private static CalendarChanged year(Object[] row) {
        return new CalendarChanged(((Number) row[0]).intValue(), (String) row[1],
                read((String) row[2], SOURCES), read((String) row[3], DAYS), ((Number) row[4]).intValue(),
                row[5] instanceof java.time.Instant i ? i
                        : row[5] instanceof java.time.OffsetDateTime o ? o.toInstant() : ((Timestamp) row[5]).toInstant(),
                (String) row[6]);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return EventJson.MAPPER.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable calendar_year row", e);
        }
    }
}
