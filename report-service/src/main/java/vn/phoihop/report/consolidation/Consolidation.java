package vn.phoihop.report.consolidation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;
import vn.phoihop.platform.time.ServiceClock;
import vn.phoihop.report.directory.Agency;
import vn.phoihop.report.indicator.Indicator;
import vn.phoihop.report.indicator.IndicatorType;
import vn.phoihop.report.indicator.Indicators;
import vn.phoihop.report.plan.PlanRecord;
import vn.phoihop.report.plan.PlanTarget;
import vn.phoihop.report.report.ReportDtos;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Consolidation (tổng hợp) computed from the stored reports, latest revision of each, in one repeatable-read
 * transaction: no counter is kept that could drift from what was submitted. A cooperating agency's
 * contribution to its lead is counted through the lead's report, never on its own.
 */
@ApplicationScoped
public class Consolidation {
    /** The period keys TaskAssigned carries (its schema's pattern): once, a report request, a year, month, quarter, half or nine months. */
    public static final String PERIOD = "^(ONCE|REQUEST-[0-9]+|[0-9]{4}(-(M(0[1-9]|1[0-2])|Q[1-4]|H[12]|9M))?)$";
    public static final String COMMUNES_REACHED = "COMMUNES_REACHED";

    /**
     * Plans in the tree below :plan (itself included), and the assignments of the period that count. A child
     * counts only where its link is legitimate: its issuer issued the parent too or holds an assignment of it
     * (reads and takes part in it). Links made before plan-service checked this, under another issuer's plan,
     * add nothing to that issuer's figures.
     */
    private static final String COUNTED = """
            with recursive tree(id, issuer) as (
                select cast(:plan as uuid), coalesce(
                    (select issuer_code from plan where id = cast(:plan as uuid)),
                    (select issuer_code from reportable_assignment where plan_id = cast(:plan as uuid) limit 1))
                union
                select p.id, p.issuer_code from plan p join tree t on p.parent_plan_id = t.id
                where p.issuer_code = t.issuer
                   or exists (select 1 from reportable_assignment x where x.plan_id = t.id and x.agency_code = p.issuer_code))
            """;
    private static final String COUNTED_WHERE = """
             a.plan_id in (select id from tree) and a.period_key = :period
             and not (a.role = 'COOPERATING' and a.report_to_code is not null and a.report_to_code = a.lead_agency_code)
            """;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ServiceClock clock;

    @Inject
    Indicators indicators;

    @Transactional
    public ConsolidationView of(UUID planId, String period) {
        // one snapshot for every query below, so totals, units and the missing list agree with each other
        em.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
        PlanRecord plan = PlanRecord.findById(planId);
        String issuer = plan != null ? plan.issuerCode : issuerFromAssignments(planId);
        if (issuer == null || !(caller.is(Roles.ADMIN) || (caller.is(Roles.COORDINATOR) && caller.agencyCode().equals(issuer)))) {
            throw ProblemException.notFound("plan", planId);
        }
        List<UUID> plans = tree(planId);
        Map<String, Agency> directory = new HashMap<>();
        Agency.<Agency>listAll().forEach(a -> directory.put(a.code, a));
        Map<String, Indicator> known = indicators.known(plans);

        Values values = new Values();
        Map<String, Unit> units = new TreeMap<>();
        for (Object[] row : rows(COUNTED + """
                select r.agency_code, v.code, v.value, r.id, r.status, r.late
                from report r
                join reportable_assignment a on a.assignment_id = r.assignment_id
                join report_revision rv on rv.report_id = r.id and rv.revision = r.revision
                left join report_value v on v.revision_id = rv.id
                where""" + COUNTED_WHERE + " order by r.agency_code, r.id", planId, period)) {
            String agency = (String) row[0];
            Unit unit = units.computeIfAbsent(agency, Unit::new);
            unit.report((UUID) row[3], (String) row[4], (Boolean) row[5]);
            if (row[1] != null) {
                values.add(agency, (String) row[1], (BigDecimal) row[2]);
                unit.own.add((String) row[1], (BigDecimal) row[2]);
            }
        }
        List<ConsolidationView.Missing> missing = new ArrayList<>();
        int expected = 0;
        String periodLabel = null;
        LocalDate today = clock.today();
        for (Object[] row : rows(COUNTED + """
                select a.assignment_id, a.agency_code, a.plan_number, a.task_title, a.deadline, a.period_label,
                       exists (select 1 from report r where r.assignment_id = a.assignment_id)
                from reportable_assignment a
                where a.state = 'OPEN' and""" + COUNTED_WHERE, planId, period)) {
            expected++;
            periodLabel = periodLabel == null ? (String) row[5] : periodLabel;
            if (!(Boolean) row[6]) {
                LocalDate deadline = row[4] instanceof Date date ? date.toLocalDate() : (LocalDate) row[4];
                String code = (String) row[1];
                missing.add(new ConsolidationView.Missing(code, name(directory, code), (UUID) row[0], (String) row[2],
                        (String) row[3], deadline, deadline != null && deadline.isBefore(today)));
            }
        }
        missing.sort(Comparator.comparing((ConsolidationView.Missing m) -> !m.overdue())
                .thenComparing(ConsolidationView.Missing::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ConsolidationView.Missing::agencyCode));

        Hierarchy hierarchy = new Hierarchy(directory);
        List<ConsolidationView.Unit> unitViews = hierarchy.rollUp(units, known);
        String issuerProvince = directory.containsKey(issuer) ? directory.get(issuer).provinceCode : null;
        long communes = hierarchy.communes(null, issuerProvince);
        ConsolidationView.Coverage coverage = coverage(values, communes);
        List<ConsolidationView.IndicatorTotal> totals = values.totals(known, directory);
        int reported = units.values().stream().mapToInt(u -> u.reports.size()).sum();
        return new ConsolidationView(planId, plan == null ? null : plan.number, plan == null ? null : plan.subject,
                issuer, name(directory, issuer), period, periodLabel, plans, expected, reported, totals, unitViews,
                coverage, targets(planId, totals, coverage), missing, clock.now());
    }

    private String issuerFromAssignments(UUID planId) {
        List<?> found = em.createNativeQuery("select issuer_code from reportable_assignment where plan_id = :plan limit 1")
                .setParameter("plan", planId).getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> tree(UUID planId) {
        return em.createNativeQuery(COUNTED + "select id from tree order by id", UUID.class)
                .setParameter("plan", planId).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID planId, String period) {
        return em.createNativeQuery(sql).setParameter("plan", planId).setParameter("period", period).getResultList();
    }

    private static ConsolidationView.Coverage coverage(Values values, long communes) {
        BigDecimal reached = values.sum(COMMUNES_REACHED);
        if (reached == null && communes == 0) {
            return null;
        }
        BigDecimal percent = communes == 0 || reached == null ? null
                : ReportDtos.plain(reached.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(communes), 2, RoundingMode.HALF_UP));
        return new ConsolidationView.Coverage(COMMUNES_REACHED, reached == null ? BigDecimal.ZERO : ReportDtos.plain(reached),
                communes == 0 ? null : communes, percent);
    }

    private static List<ConsolidationView.TargetProgress> targets(UUID planId, List<ConsolidationView.IndicatorTotal> totals,
                                                                  ConsolidationView.Coverage coverage) {
        Map<String, ConsolidationView.IndicatorTotal> byCode = new LinkedHashMap<>();
        totals.forEach(t -> byCode.put(t.code(), t));
        List<ConsolidationView.TargetProgress> progress = new ArrayList<>();
        for (PlanTarget target : PlanTarget.<PlanTarget>list("planId = ?1 order by position", planId)) {
            boolean percentGoal = "%".equals(target.unit == null ? null : target.unit.strip());
            ConsolidationView.IndicatorTotal total = byCode.get(target.indicatorCode);
            BigDecimal actual;
            if (percentGoal && COMMUNES_REACHED.equals(target.indicatorCode)) {
                actual = coverage == null ? null : coverage.percent();
            } else if (percentGoal && (total == null || total.type() != IndicatorType.PERCENTAGE)) {
                actual = null; // a share of something this service does not count
            } else {
                actual = total == null ? BigDecimal.ZERO : total.total();
            }
            BigDecimal ofGoal = actual == null || target.goalValue == null || target.goalValue.signum() == 0 ? null
                    : ReportDtos.plain(actual.multiply(BigDecimal.valueOf(100)).divide(target.goalValue, 2, RoundingMode.HALF_UP));
            progress.add(new ConsolidationView.TargetProgress(target.indicatorCode, target.description,
                    target.goalValue == null ? null : ReportDtos.plain(target.goalValue), target.unit, actual, ofGoal));
        }
        return progress;
    }

    static String name(Map<String, Agency> directory, String code) {
        Agency agency = directory.get(code);
        return agency == null ? code : agency.name;
    }

    /** One agency's counted reports and its own values. */
    static final class Unit {
        final String agencyCode;
        final Map<UUID, String> reports = new LinkedHashMap<>();
        int late;
        final Values.Sums own = new Values.Sums();

        Unit(String agencyCode) {
            this.agencyCode = agencyCode;
        }

        void report(UUID id, String status, boolean late) {
            if (reports.put(id, status) == null && late) {
                this.late++;
            }
        }
    }
}
