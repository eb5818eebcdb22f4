package vn.phoihop.task.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** An agency that ended in a reorganisation (sáp nhập, chia tách, giải thể) and the agency that took over. */
@Entity
@Table(name = "ended_agency")
public class EndedAgency extends PanacheEntityBase {
    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "successor_code", nullable = false)
    public String successorCode;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    /**
     * Every ended agency, read once: a letter to ten thousand communes resolves each of them without a query
     * per commune. The table holds only the agencies ended by reorganisations, a few hundred at most.
     */
    public static java.util.function.UnaryOperator<String> resolver() {
        java.util.Map<String, String> successors = new java.util.HashMap<>();
        for (EndedAgency e : EndedAgency.<EndedAgency>listAll()) {
            successors.put(e.agencyCode, e.successorCode);
        }
        return code -> {
            String current = code;
            Set<String> seen = new HashSet<>();
            while (seen.add(current) && successors.containsKey(current)) {
                current = successors.get(current);
            }
            return current;
        };
    }

    /** The agency that holds {@code code}'s work now: itself, or the last successor down the chain. */
    public static String current(String code) {
        String current = code;
        Set<String> seen = new HashSet<>();
        for (EndedAgency ended; seen.add(current) && (ended = findById(current)) != null; ) {
            current = ended.successorCode;
        }
        return current;
    }
}
