package vn.phoihop.notification.reminder;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.phoihop.events.EventJson;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.ReminderKind;
import vn.phoihop.events.ReminderSent;
import vn.phoihop.events.Topics;
import vn.phoihop.notification.assignment.Assignment;
import vn.phoihop.notification.escalation.UrgingNotices;
import vn.phoihop.notification.notification.Notification;
import vn.phoihop.notification.notification.Notifications;
import vn.phoihop.notification.stream.StreamNotifier;
import vn.phoihop.platform.outbox.Outbox;
import vn.phoihop.platform.time.ServiceClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Sends the reminders that are due. Each run takes due rows with {@code FOR UPDATE SKIP LOCKED} through the
 * partial index on due time, so its cost grows with the reminders due, not with the open ones; and two
 * instances never take the same row. A row becomes SENT in the transaction that makes its notification,
 * its deliveries and its ReminderSent event: a restart or a second instance finds it SENT.
 */
@ApplicationScoped
public class ReminderDispatcher {
    private static final Logger LOG = Logger.getLogger(ReminderDispatcher.class);

    @Inject
    EntityManager em;

    @Inject
    ServiceClock clock;

    @Inject
    SendingTimes times;

    @Inject
    Policies policies;

    @Inject
    ReminderPlanner planner;

    @Inject
    vn.phoihop.platform.calendar.DeadlinePolicy deadlines;

    @Inject
    Notifications notifications;

    @Inject
    UrgingNotices urging;

    @Inject
    Outbox outbox;

    @Inject
    MeterRegistry registry;

    @Inject
    StreamNotifier stream;

    @ConfigProperty(name = "phoihop.reminders.batch-size", defaultValue = "100")
    int batchSize;

    @Scheduled(every = "${phoihop.reminders.dispatch-every:30s}", delayed = "${phoihop.reminders.start-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            while (dispatchDue() == batchSize) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.warn("reminder run failed; the next run retries", e);
        }
    }

    /** Sends the reminders due now, if now is within office hours; returns how many rows it handled. */
    @Transactional
    public int dispatchDue() {
        Instant now = clock.now();
        if (!times.officeHours(now)) {
            return 0; // never at night, on a weekend or a holiday: due rows wait for the next morning
        }
        @SuppressWarnings("unchecked")
        List<Reminder> due = em.createNativeQuery("select * from reminder where status = 'SCHEDULED' and due_at <= ?1"
                        + " order by due_at limit ?2 for update skip locked", Reminder.class)
                .setParameter(1, now).setParameter(2, batchSize).getResultList();
        LocalDate today = clock.today();
        for (Reminder r : due) {
            Assignment a = Assignment.findById(r.assignmentId);
            if (a == null || !a.open()) {
                r.status = Reminder.Status.CANCELLED;
            } else if (r.kind != ReminderKind.ESCALATION && r.dueOn.isBefore(today)) {
                // missed (service down that morning): a stale "n days left" is not sent late
                r.status = Reminder.Status.SKIPPED;
                if (r.kind == ReminderKind.OVERDUE && policies.of(a).overdueDaily()) {
                    planner.scheduleOverdue(a, today);
                }
            } else {
                send(r, a, now);
            }
        }
        return due.size();
    }

    private void send(Reminder r, Assignment a, Instant now) {
        if (r.kind == ReminderKind.ESCALATION) {
            urging.escalate(r, a);
        } else {
            ReminderTexts.Text text = ReminderTexts.of(r.kind, a, r.workingDaysLeft, deadlines.lastDay(a.deadline));
            Notification.Kind kind = r.kind == ReminderKind.OVERDUE ? Notification.Kind.OVERDUE : Notification.Kind.REMINDER;
            notifications.fromReminder(r.id, a.agencyCode, kind, text.title(), text.body(), a.planId, a.assignmentId);
        }
        r.status = Reminder.Status.SENT;
        r.sentAt = now;
        registry.counter("phoihop.reminders.sent", "kind", r.kind.name()).increment();
        ReminderSent sent = new ReminderSent(r.id, a.assignmentId, a.planId, a.agencyCode, a.issuerCode, r.kind, a.deadline,
                r.workingDaysLeft, now);
        outbox.publish(Topics.NOTIFICATION, a.agencyCode, EventTypes.REMINDER_SENT, a.agencyCode, sent);
        // the issuer's coordinators watch reminders and urging notices go out on their live stream
        stream.issuer(a.issuerCode, EventTypes.REMINDER_SENT, EventJson.tree(sent));
        if (r.kind == ReminderKind.OVERDUE && policies.of(a).overdueDaily()) {
            planner.scheduleOverdue(a, r.dueOn.plusDays(1));
        }
    }
}
