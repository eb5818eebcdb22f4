package vn.phoihop.report.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.phoihop.platform.problem.Problem;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.report.assignment.ReportableAssignment;
import vn.phoihop.report.indicator.Indicator;
import vn.phoihop.report.indicator.IndicatorResource;
import vn.phoihop.report.indicator.Indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a report's indicator values against the assignment: only indicators the obligation asks for, each
 * value within its type. Every fault is named as {@code indicators.CODE}; nothing is stored when one is found.
 */
@ApplicationScoped
public class IndicatorValues {
    private static final BigDecimal MAX = new BigDecimal("999999999999999");

    @Inject
    Indicators indicators;

    public Map<String, BigDecimal> checked(ReportableAssignment assignment, Map<String, BigDecimal> values) {
        if (values == null || values.isEmpty()) {
            return new HashMap<>();
        }
        Map<String, Indicator> known = indicators.known(assignment.planId);
        Set<String> asked = indicators.askedFor(assignment);
        List<Problem.FieldError> errors = new ArrayList<>();
        values.forEach((code, value) -> {
            String field = "indicators." + code;
            String refusal;
            if (code == null || !code.matches(IndicatorResource.CODE)) {
                refusal = "must be an indicator code matching " + IndicatorResource.CODE;
            } else if (value == null) {
                refusal = "must have a value";
            } else if (!known.containsKey(code)) {
                refusal = "is not a known indicator";
            } else if (!asked.isEmpty() && !asked.contains(code)) {
                refusal = "is not asked for by this obligation (asked: " + String.join(", ", asked) + ")";
            } else if (value.abs().compareTo(MAX) > 0 || Math.max(value.stripTrailingZeros().scale(), 0) > 4) {
                refusal = "must have at most 15 digits and 4 decimals";
            } else {
                refusal = known.get(code).type.refusal(value);
            }
            if (refusal != null) {
                errors.add(new Problem.FieldError(field, refusal));
            }
        });
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(Problem.FieldError::field));
            String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
            throw new ProblemException(400, "Invalid request", detail, errors);
        }
        return new HashMap<>(values);
    }
}
