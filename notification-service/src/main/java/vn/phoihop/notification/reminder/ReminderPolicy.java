package vn.phoihop.notification.reminder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.IdClass;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A reminder policy set for one plan, obligation or agency. */
@Entity
@Table(name = "reminder_policy")
@IdClass(ReminderPolicy.Key.class)
public class ReminderPolicy extends PanacheEntityBase {
    /** From most to least specific: obligation, plan, agency. */
    public enum Scope { OBLIGATION, PLAN, AGENCY }

    @Id
    @Enumerated(EnumType.STRING)
    public Scope scope;

    @Id
    @Column(name = "scope_key")
    public String scopeKey;

    /** Working days before the deadline, e.g. "7,3,1". */
    @Column(name = "days_before", nullable = false)
    public String daysBefore;

    @Column(name = "on_due_day", nullable = false)
    public boolean onDueDay;

    @Column(name = "overdue_daily", nullable = false)
    public boolean overdueDaily;

    /** Working days after the deadline before escalating; 0 means never. */
    @Column(name = "escalate_after", nullable = false)
    public int escalateAfter;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Policy policy() {
        List<Integer> days = daysBefore.isBlank() ? List.of()
                : Arrays.stream(daysBefore.split(",")).map(String::strip).map(Integer::valueOf).toList();
        return new Policy(days, onDueDay, overdueDaily, escalateAfter);
    }

    public static class Key implements Serializable {
        public Scope scope;
        public String scopeKey;

        public Key() {
        }

        public Key(Scope scope, String scopeKey) {
            this.scope = scope;
            this.scopeKey = scopeKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.scope == scope && Objects.equals(k.scopeKey, scopeKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, scopeKey);
        }
    }
}
