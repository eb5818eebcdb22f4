package vn.phoihop.notification.escalation;

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
import vn.phoihop.platform.document.DocumentNames;
import vn.phoihop.platform.document.OfficialHeading;
import vn.phoihop.platform.time.ServiceClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static vn.phoihop.notification.assignment.AssignmentProjection.date;

/**
 * Escalation (đôn đốc): an urging notice to the late agency's head, copied to the issuer, listing every
 * task of that issuer the agency is late with, the period and how many working days late. The text is laid out
 * as an official letter (công văn, {@link UrgingLetter}) and kept with the notification, so that what was sent can
 * be read again as it was, as text or DOCX.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UrgingNotices {
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Inject
    Notifications notifications;

    @Inject
    SendingTimes times;

    @Inject
    ServiceClock clock;

    @Inject
    EntityManager em;

    /** One late task as the letter lists it. */
    record LateTask(String taskTitle, String planNumber, String document, String periodLabel, String deadline,
                    int workingDaysLate) {
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
                .map(t -> new LateTask(t.taskTitle, t.planNumber, DocumentNames.of(t.planNumber), t.periodLabel, date(t.deadline),
                        times.workingDaysLate(t.deadline, today)))
                .toList();
        AgencyContact head = AgencyContact.findById(a.agencyCode);
        String agencyName = AgencyName.of(a.agencyCode);
        OfficialHeading heading = AgencyName.heading(a.issuerCode);
        String headTitle = head == null || head.headTitle == null ? "Thủ trưởng" : head.headTitle;
        String draftingUnit = late.stream().map(t -> DocumentNames.draftingUnit(t.planNumber())).filter(Objects::nonNull)
                .findFirst().orElse(null);
        List<String> body = new ArrayList<>();
        body.add("Đến ngày " + date(today) + ", " + heading.issuerName() + " chưa nhận được báo cáo của " + agencyName
                + " đối với các nhiệm vụ sau:");
        for (int i = 0; i < late.size(); i++) {
            LateTask t = late.get(i);
            body.add((i + 1) + ". Nhiệm vụ “" + t.taskTitle() + "” theo " + t.document()
                    + (t.periodLabel() == null ? "" : ", kỳ báo cáo " + t.periodLabel()) + ": hạn báo cáo ngày "
                    + t.deadline() + ", đã chậm " + t.workingDaysLate() + " ngày làm việc.");
        }
        body.add("Để bảo đảm tiến độ tổng hợp, " + heading.issuerName() + " đề nghị " + headTitle + " " + agencyName
                + " chỉ đạo khẩn trương hoàn thành và gửi báo cáo theo quy định./.");
        UrgingLetter letter = UrgingLetter.of(heading, draftingUnit, today,
                "Kính gửi: " + headTitle + (head == null || head.headName == null ? "" : " " + head.headName) + " - "
                        + agencyName + ".", body);
        String text = letter.text();
        String kept = json(letter);
        notifications.fromReminder(r.id, a.agencyCode, Notification.Kind.ESCALATION, "Đôn đốc thực hiện chế độ báo cáo",
                text, a.planId, a.assignmentId).letter = kept;
        if (!a.agencyCode.equals(a.issuerCode)) {
            notifications.fromReminder(r.id, a.issuerCode, Notification.Kind.URGING_COPY,
                    "Đã đôn đốc " + agencyName + " thực hiện chế độ báo cáo", text, a.planId, a.assignmentId).letter = kept;
        }
    }

    private String json(UrgingLetter letter) {
        try {
            return mapper.writeValueAsString(letter);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
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
