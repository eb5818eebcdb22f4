package vn.phoihop.task.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.events.ObligationKind;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.platform.calendar.ReportingPeriod;
import vn.phoihop.platform.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns a task of a plan into slots, one per (agency, obligation, period), with dates.
 * <ul>
 *   <li>No obligation: one slot per agency against the task's own deadline, the same for every agency.</li>
 *   <li>ONCE: the deadline and data window as written.</li>
 *   <li>PERIODIC: every Decree 09/2019 period of the plan's whole period, created at once (complete calendars).</li>
 *   <li>ON_REQUEST: one undated slot per agency (khi có yêu cầu), so that the agency still sees the task.</li>
 * </ul>
 * The lead reports to the obligation's receiver by its deadline; a cooperating agency reports to the lead
 * {@code cooperatingLeadWorkingDays} working days earlier (scheduled backwards through the chain).
 */
@ApplicationScoped
public class ObligationSchedule {
    static final String ONCE = "ONCE";
    /** Period label of the standing assignment of an on-request obligation; a report request dates new ones. */
    public static final String ON_REQUEST_LABEL = "Khi có yêu cầu";

    @Inject
    WorkingCalendar calendar;

    @ConfigProperty(name = "phoihop.task.cooperating-lead-working-days", defaultValue = "3")
    int defaultCooperatingLeadWorkingDays;

    /** The plan facts the schedule needs. */
    public record PlanFrame(String issuerCode, LocalDate issuedOn, LocalDate periodFrom, LocalDate periodTo) {
    }

    /**
     * Every slot the task asks for. {@code current} maps an agency code to the agency that holds its work
     * now (the successor of an agency that ended in a reorganisation).
     */
    public List<Slot> slots(PlanFrame plan, PlanIssued.Task task, UnaryOperator<String> current) {
        String lead = current.apply(task.leadAgencyCode());
        Set<String> cooperating = new LinkedHashSet<>();
        if (task.cooperatingAgencyCodes() != null) {
            task.cooperatingAgencyCodes().stream().map(current).filter(c -> !c.equals(lead)).forEach(cooperating::add);
        }
        List<Slot> slots = new ArrayList<>();
        List<PlanIssued.Obligation> obligations = task.obligations() == null ? List.of() : task.obligations();
        if (obligations.isEmpty()) {
            // a task tracked against its own completion deadline: every agency has the same date
            slots.add(new Slot(null, ONCE, null, null, null, lead, AssignmentRole.LEAD, task.deadline(),
                    plan.issuerCode(), lead, List.of()));
            for (String agency : cooperating) {
                slots.add(new Slot(null, ONCE, null, null, null, agency, AssignmentRole.COOPERATING, task.deadline(),
                        lead, lead, List.of()));
            }
            return slots;
        }
        for (PlanIssued.Obligation o : obligations) {
            for (Dated period : periods(plan, task, o)) {
                String receiver = o.reportToCode() == null ? plan.issuerCode() : current.apply(o.reportToCode());
                List<String> indicators = o.indicatorCodes() == null ? List.of() : List.copyOf(o.indicatorCodes());
                slots.add(new Slot(o.obligationId(), period.key, period.label, period.dataFrom, period.dataTo, lead,
                        AssignmentRole.LEAD, period.deadline, receiver, lead, indicators));
                LocalDate cooperatingDeadline = period.deadline == null ? null
                        : calendar.minusWorkingDays(period.deadline, cooperatingLeadWorkingDays(o));
                for (String agency : cooperating) {
                    slots.add(new Slot(o.obligationId(), period.key, period.label, period.dataFrom, period.dataTo,
                            agency, AssignmentRole.COOPERATING, cooperatingDeadline, lead, lead, indicators));
                }
            }
        }
        return slots;
    }

    /** A cooperating agency's deadline for a lead deadline, with the default lead time. */
    public LocalDate cooperatingDeadline(LocalDate leadDeadline) {
        return leadDeadline == null ? null : calendar.minusWorkingDays(leadDeadline, defaultCooperatingLeadWorkingDays);
    }

    private int cooperatingLeadWorkingDays(PlanIssued.Obligation o) {
        Integer days = o.cooperatingLeadWorkingDays();
        return days == null || days < 0 ? defaultCooperatingLeadWorkingDays : days;
    }

    /** A period with the lead's deadline. */
    private record Dated(String key, String label, LocalDate dataFrom, LocalDate dataTo, LocalDate deadline) {
    }

    private List<Dated> periods(PlanFrame plan, PlanIssued.Task task, PlanIssued.Obligation o) {
        ObligationKind kind = o.kind() == null ? ObligationKind.ONCE : o.kind();
        if (kind == ObligationKind.ON_REQUEST) {
            return List.of(new Dated(ONCE, ON_REQUEST_LABEL, null, null, task.deadline()));
        }
        if (kind == ObligationKind.ONCE || o.frequency() == null) {
            LocalDate deadline = o.deadline() != null ? o.deadline() : task.deadline();
            return List.of(new Dated(ONCE, o.title(), o.dataFrom(), o.dataTo(), deadline));
        }
        LocalDate from = plan.periodFrom() != null ? plan.periodFrom() : plan.issuedOn().withDayOfYear(1);
        LocalDate to = plan.periodTo() != null ? plan.periodTo() : from.withMonth(12).withDayOfMonth(31);
        List<Dated> dated = new ArrayList<>();
        for (ReportingPeriod p : PeriodicDeadlines.frequency(o.frequency()).periods(from, to)) {
            dated.add(new Dated(PeriodicDeadlines.key(o.frequency(), p), p.label(), p.dataFrom(), p.dataTo(),
                    PeriodicDeadlines.leadDeadline(o.submissionRule(), o.submissionDays(), p, calendar)));
        }
        return dated;
    }
}
