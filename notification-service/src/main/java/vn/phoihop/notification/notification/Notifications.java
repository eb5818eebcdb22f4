package vn.phoihop.notification.notification;

import vn.phoihop.notification.contact.AgencyName;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.phoihop.events.DocumentReceived;
import vn.phoihop.events.ReportSubmitted;
import vn.phoihop.events.TaskAssigned;
import vn.phoihop.notification.delivery.Deliveries;
import vn.phoihop.platform.time.ServiceClock;

import java.util.UUID;

/**
 * Turns events into notifications, one per agency concerned. Runs in the consumer's transaction, so
 * the notifications and the event's inbox record commit together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {
    @Inject
    ServiceClock clock;

    @Inject
    Deliveries deliveries;

    /** The assignee agency learns of its new task. */
    public void taskAssigned(UUID eventId, TaskAssigned task) {
        add(eventId, task.agencyCode(), Notification.Kind.TASK_ASSIGNED, NotificationTexts.taskAssigned(task),
                task.planId(), task.assignmentId());
    }

    /** A recipient for information (b/c) or publishing (đăng tải) learns the document arrived (văn bản đến). */
    public void documentReceived(UUID eventId, DocumentReceived received) {
        add(eventId, received.agencyCode(), Notification.Kind.DOCUMENT_RECEIVED, NotificationTexts.documentReceived(received),
                received.planId(), null);
    }

    /** The issuer learns a report arrived; the reporting agency gets its confirmation. */
    public void reportSubmitted(UUID eventId, ReportSubmitted report) {
        vn.phoihop.notification.assignment.Assignment assignment =
                vn.phoihop.notification.assignment.Assignment.findById(report.assignmentId());
        String planNumber = assignment == null ? null : assignment.planNumber;
        add(eventId, report.issuerCode(), Notification.Kind.REPORT_SUBMITTED, NotificationTexts.reportReceived(report,
                AgencyName.of(report.agencyCode()), planNumber), report.planId(), report.assignmentId());
        // an agency reporting on its own plan is told once, as the receiver
        if (!report.agencyCode().equals(report.issuerCode())) {
            add(eventId, report.agencyCode(), Notification.Kind.REPORT_SUBMITTED, NotificationTexts.reportSent(report,
                    AgencyName.of(report.issuerCode())),
                    report.planId(), report.assignmentId());
        }
    }

    /** A reminder, overdue notice or urging notice; the reminder's id keeps it once per agency. */
    public Notification fromReminder(UUID reminderId, String agencyCode, Notification.Kind kind, String title,
                                     String body, UUID planId, UUID assignmentId) {
        Notification n = add(reminderId, agencyCode, kind, new NotificationTexts.Text(title, body), planId, assignmentId);
        n.reminderId = reminderId;
        return n;
    }

    private Notification add(UUID eventId, String agencyCode, Notification.Kind kind, NotificationTexts.Text text,
                             UUID planId, UUID assignmentId) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.agencyCode = agencyCode;
        n.kind = kind;
        n.title = text.title();
        n.body = text.body();
        n.eventId = eventId;
        n.planId = planId;
        n.assignmentId = assignmentId;
        n.createdAt = clock.now();
        n.persist();
        deliveries.fanOut(n);
        return n;
    }
}
