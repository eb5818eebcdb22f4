package vn.phoihop.report.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.phoihop.events.AssignmentRole;
import vn.phoihop.report.indicator.Indicator;
import vn.phoihop.report.indicator.Indicators;
import vn.phoihop.report.report.Report;
import vn.phoihop.report.report.ReportDtos;
import vn.phoihop.report.report.ReportRevision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the cooperating agencies (phối hợp) of a task sent to its lead (chủ trì) for one period, and the
 * prefill of the lead's own report: amounts summed, percentages and yes/no averaged.
 */
@ApplicationScoped
public class Contributions {
    @Inject
    Indicators indicators;

    public record Contribution(String agencyCode, UUID assignmentId, UUID reportId, Report.Status status,
                               Integer revision, String summary, Map<String, BigDecimal> indicators,
                               Instant submittedAt, Boolean late) {
    }

    public record View(UUID assignmentId, UUID taskId, String periodKey, List<Contribution> contributions,
                       List<String> notReported, Map<String, BigDecimal> prefill) {
    }

    public View of(ReportableAssignment lead) {
        List<ReportableAssignment> cooperating = ReportableAssignment.list(
                "taskId = ?1 and periodKey = ?2 and role = ?3 and state = ?4 order by agencyCode",
                lead.taskId, lead.periodKey, AssignmentRole.COOPERATING, ReportableAssignment.OPEN);
        List<Contribution> sent = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, List<BigDecimal>> byCode = new TreeMap<>();
        for (ReportableAssignment a : cooperating) {
            if (a.assignmentId.equals(lead.assignmentId)) {
                continue;
            }
            Report report = Report.find("assignmentId", a.assignmentId).firstResult();
            if (report == null) {
                missing.add(a.agencyCode);
                continue;
            }
            ReportRevision latest = report.latest();
            sent.add(new Contribution(a.agencyCode, a.assignmentId, report.id, report.status, report.revision,
                    latest.summary, ReportDtos.plain(latest.values), latest.submittedAt, latest.late));
            latest.values.forEach((code, value) -> byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(value));
        }
        Map<String, Indicator> known = indicators.known(lead.planId);
        Map<String, BigDecimal> prefill = new TreeMap<>();
        byCode.forEach((code, values) -> {
            BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            Indicator indicator = known.get(code);
            boolean additive = indicator == null || indicator.type.additive();
            prefill.put(code, ReportDtos.plain(additive ? sum
                    : sum.divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP)));
        });
        return new View(lead.assignmentId, lead.taskId, lead.periodKey, sent, missing, prefill);
    }
}
