package vn.phoihop.plan.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import vn.phoihop.plan.plan.DocumentKind;
import vn.phoihop.plan.plan.Plan;
import vn.phoihop.plan.plan.Status;
import vn.phoihop.plan.plan.Topic;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Search over the documents the caller may read, in PostgreSQL: {@code plan_fold} (unaccent, or translate()
 * where the server lacks it) makes "mai dam" find "mại dâm"; filters combine with AND.
 */
@RequestScoped
public class PlanSearch {
    /** Documents involving an agency: it leads or cooperates in a task, or is named in Nơi nhận. */
    private static final String INVOLVES = """
            (exists (select 1 from plan_task t where t.plan_id = p.id and (t.lead_agency_code = %1$s
                     or exists (select 1 from plan_task_cooperating c where c.task_id = t.id and c.agency_code = %1$s)))
             or exists (select 1 from jsonb_array_elements(p.distribution) r
                        where jsonb_exists(r -> 'agencyCodes', cast(%1$s as text))))""";

    /** What the legal basis says (its sentences and cited numbers), not its JSON keys. */
    private static final String LEGAL_BASIS_TEXT = """
            coalesce((select string_agg(coalesce(b ->> 'text', '') || ' ' || coalesce(b ->> 'number', ''), ' ')
                      from jsonb_array_elements(p.legal_basis) b), '')""";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public record Criteria(String q, String issuer, Status status, DocumentKind kind, Topic topic, String period, String agency) {
    }

    public record Page(List<Plan> plans, long total) {
    }

    @SuppressWarnings("unchecked")
    public Page find(Criteria c, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (!caller.is(Roles.ADMIN)) {
            where.add("(p.issuer_code = :me or (p.status <> 'DRAFT' and " + INVOLVES.formatted(":me") + "))");
            params.put("me", caller.agencyCode());
        }
        if (c.q() != null && !c.q().isBlank()) {
            // whole words, so that "ma tuy" (ma túy) does not match "mại … tuyên"
            String[] words = Normalizer.normalize(c.q(), Normalizer.Form.NFC).split("[^\\p{L}\\p{N}]+");
            int n = 0;
            for (String word : words) {
                if (!word.isEmpty()) {
                    where.add("plan_fold(p.subject || ' ' || coalesce(p.number, '') || ' ' || " + LEGAL_BASIS_TEXT + ")"
                            + " ~ ('\\m' || plan_fold(:q" + n + ") || '\\M')");
                    params.put("q" + n++, word);
                }
            }
        }
        if (c.issuer() != null) {
            where.add("p.issuer_code = :issuer");
            params.put("issuer", c.issuer());
        }
        if (c.status() != null) {
            where.add("p.status = :status");
            params.put("status", c.status().name());
        }
        if (c.kind() != null) {
            where.add("p.kind = :kind");
            params.put("kind", c.kind().name());
        }
        if (c.topic() != null) {
            where.add("jsonb_exists(p.topics, cast(:topic as text))");
            params.put("topic", c.topic().name());
        }
        if (c.period() != null) {
            String[] years = c.period().split("[-–]");
            where.add("p.period_from <= :periodTo and p.period_to >= :periodFrom");
            params.put("periodFrom", LocalDate.of(Integer.parseInt(years[0]), 1, 1));
            params.put("periodTo", LocalDate.of(Integer.parseInt(years[years.length - 1]), 12, 31));
        }
        if (c.agency() != null) {
            where.add(INVOLVES.formatted(":agency"));
            params.put("agency", c.agency());
        }
        String from = " from plan p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        Query count = em.createNativeQuery("select count(*)" + from);
        Query ids = em.createNativeQuery("select p.id" + from + " order by p.created_at desc, p.id")
                .setFirstResult(page * size).setMaxResults(size);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            ids.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<Plan> plans = ((List<Object>) ids.getResultList()).stream()
                .map(id -> Plan.<Plan>findById(id instanceof UUID u ? u : UUID.fromString(id.toString()))).toList();
        return new Page(plans, total);
    }
}
