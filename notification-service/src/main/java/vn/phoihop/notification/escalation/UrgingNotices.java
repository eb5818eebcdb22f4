package vn.phoihop.notification.escalation;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.phoihop.notification.assignment.Assignment;
import vn.phoihop.notification.contact.AgencyContact;
import vn.phoihop.notification.contact.AgencyName;
import vn.phoihop.notification.notification.Notification;
import vn.phoihop.notification.notification.Notifications;
import vn.phoihop.notification.reminder.Reminder;
import vn.phoihop.notification.reminder.SendingTimes;
import vn.phoihop.platform.time.ServiceClock;

import java.time.LocalDate;
import java.util.List;

import static vn.phoihop.notification.assignment.AssignmentProjection.date;

/**
 * Escalation (đôn đốc): an urging notice to the late agency's head, copied to the issuer, listing every
 * task of that issuer the agency is late with, the period and how many working days late. The text
 * (Qute template {@code urging-notice.txt}) is laid out as an official letter (công văn) and kept
 * with the notification, so what was sent can be read again as it was.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UrgingNotices {
    public static final String TITLE = "V/v đôn đốc thực hiện chế độ báo cáo";

    @Location("urging-notice.txt")
    Template letter;

    @Inject
    Notifications notifications;

    @Inject
    SendingTimes times;

    @Inject
    ServiceClock clock;

    @Inject
    EntityManager em;

    /** One late task as the letter lists it. */
    @TemplateData
    public record LateTask(String taskTitle, String document, String periodLabel, String deadline, int workingDaysLate) {
    }

    public void escalate(Reminder r, Assignment a) {
        LocalDate today = clock.today();
        if (!firstNoticeToday(r, a, today)) {
            return; // today's notice to this agency from this issuer already lists this task
        }
        List<LateTask> late = Assignment.<Assignment>list("agencyCode = ?1 and issuerCode = ?2 and status = ?3"
                                + " and deadline < ?4 order by deadline, taskTitle",
                        a.agencyCode, a.issuerCode, Assignment.Status.OPEN, today).stream()
                .filter(t -> times.workingDaysLate(t.deadline, today) > 0) // a deadline on a day off ends later
                .map(t -> new LateTask(t.taskTitle, vn.phoihop.platform.document.DocumentNames.of(t.planNumber), t.periodLabel, date(t.deadline),
                        times.workingDaysLate(t.deadline, today)))
                .toList();
        AgencyContact head = AgencyContact.findById(a.agencyCode);
        String agencyName = AgencyName.of(a.agencyCode);
        String issuerName = AgencyName.of(a.issuerCode);
        String text = letter
                .data("issuerHeader", issuerName.toUpperCase(java.util.Locale.forLanguageTag("vi")))
                .data("issuerName", issuerName)
                .data("agencyName", agencyName)
                .data("headTitle", head == null || head.headTitle == null ? "Thủ trưởng" : head.headTitle)
                .data("headName", head == null ? null : head.headName)
                .data("day", String.format("%02d", today.getDayOfMonth()))
                .data("month", String.format("%02d", today.getMonthValue()))
                .data("year", today.getYear())
                .data("tasks", late)
                .render();
        notifications.fromReminder(r.id, a.agencyCode, Notification.Kind.ESCALATION, "Đôn đốc thực hiện chế độ báo cáo",
                text, a.planId, a.assignmentId);
        if (!a.agencyCode.equals(a.issuerCode)) {
            notifications.fromReminder(r.id, a.issuerCode, Notification.Kind.URGING_COPY,
                    "Đã đôn đốc " + agencyName + " thực hiện chế độ báo cáo", text, a.planId, a.assignmentId);
        }
    }

    /**
     * Claims today's notice to this agency from this issuer, in the caller's transaction. With two instances
     * escalating at once, the second insert waits for the first transaction on the primary key and then finds
     * the row: only one notice is sent (and if the first rolls back, the second sends it).
     */
    private boolean firstNoticeToday(Reminder r, Assignment a, LocalDate today) {
        return em.createNativeQuery("insert into urging_notice (agency_code, issuer_code, day, reminder_id)"
                        + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, a.agencyCode).setParameter(2, a.issuerCode).setParameter(3, today).setParameter(4, r.id)
                .executeUpdate() == 1;
    }
}
