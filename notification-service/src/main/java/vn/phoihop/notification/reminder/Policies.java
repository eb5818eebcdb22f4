package vn.phoihop.notification.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.phoihop.notification.assignment.Assignment;

import java.util.List;
import java.util.Optional;

/** Finds the policy of an assignment: obligation, then plan, then agency, then the configured default. */
@ApplicationScoped
public class Policies {
    @ConfigProperty(name = "phoihop.reminders.days-before", defaultValue = "7,3,1")
    List<Integer> defaultDaysBefore;

    @ConfigProperty(name = "phoihop.reminders.on-due-day", defaultValue = "true")
    boolean defaultOnDueDay;

    @ConfigProperty(name = "phoihop.reminders.overdue-daily", defaultValue = "true")
    boolean defaultOverdueDaily;

    @ConfigProperty(name = "phoihop.reminders.escalate-after-working-days", defaultValue = "3")
    int defaultEscalateAfter;

    public Policy defaults() {
        return new Policy(defaultDaysBefore, defaultOnDueDay, defaultOverdueDaily, defaultEscalateAfter);
    }

    public Policy of(Assignment a) {
        return find(ReminderPolicy.Scope.OBLIGATION, a.obligationId == null ? null : obligationKey(a.issuerCode, a.obligationId))
                .or(() -> find(ReminderPolicy.Scope.PLAN, a.planId))
                .or(() -> find(ReminderPolicy.Scope.AGENCY, a.agencyCode))
                .map(ReminderPolicy::policy)
                .orElseGet(this::defaults);
    }

    /**
     * An obligation's policy is stored under its issuer and its id ("DKN.STTTT/3f6c…"): an obligation id is
     * only unique within what one issuer issued, so another issuer's policy never applies to it.
     */
    public static String obligationKey(String issuerCode, Object obligationId) {
        return issuerCode + "/" + obligationId;
    }

    private static Optional<ReminderPolicy> find(ReminderPolicy.Scope scope, Object key) {
        if (key == null) {
            return Optional.empty();
        }
        return ReminderPolicy.findByIdOptional(new ReminderPolicy.Key(scope, key.toString()));
    }
}
