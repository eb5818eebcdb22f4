package vn.phoihop.report.consolidation;

import vn.phoihop.report.directory.Agency;
import vn.phoihop.report.indicator.Indicator;
import vn.phoihop.report.indicator.IndicatorType;
import vn.phoihop.report.report.ReportDtos;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Indicator values of the counted reports: per indicator, per agency; sums and counts to total or average. */
final class Values {
    private final Map<String, Map<String, Sums.Acc>> byCode = new TreeMap<>();

    void add(String agency, String code, BigDecimal value) {
        byCode.computeIfAbsent(code, c -> new TreeMap<>()).computeIfAbsent(agency, a -> new Sums.Acc()).add(value);
    }

    /** The plain sum over every agency, or null when nobody reported the indicator. */
    BigDecimal sum(String code) {
        Map<String, Sums.Acc> agencies = byCode.get(code);
        return agencies == null ? null : agencies.values().stream().map(a -> a.sum).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Catalogue order first (as the catalogue lists them), then codes the catalogue does not know. */
    List<ConsolidationView.IndicatorTotal> totals(Map<String, Indicator> known, Map<String, Agency> directory) {
        Set<String> order = new LinkedHashSet<>();
        known.keySet().stream().filter(byCode::containsKey).forEach(order::add);
        order.addAll(byCode.keySet());
        List<ConsolidationView.IndicatorTotal> totals = new ArrayList<>();
        for (String code : order) {
            Indicator indicator = known.get(code);
            IndicatorType type = indicator == null ? IndicatorType.COUNT : indicator.type;
            Sums.Acc all = new Sums.Acc();
            Map<String, BigDecimal> byAgency = new TreeMap<>();
            byCode.get(code).forEach((agency, acc) -> {
                all.sum = all.sum.add(acc.sum);
                all.count += acc.count;
                byAgency.put(agency, acc.value(type));
            });
            totals.add(new ConsolidationView.IndicatorTotal(code, indicator == null ? code : indicator.name,
                    indicator == null ? null : indicator.unit, type, type == IndicatorType.PERCENTAGE ? "AVERAGE" : "SUM",
                    all.value(type), byAgency.size(), byAgency));
        }
        return totals;
    }

    /** Values of one agency or one branch of the hierarchy, per indicator. */
    static final class Sums {
        final Map<String, Acc> byCode = new TreeMap<>();

        void add(String code, BigDecimal value) {
            byCode.computeIfAbsent(code, c -> new Acc()).add(value);
        }

        void addAll(Sums other) {
            other.byCode.forEach((code, acc) -> {
                Acc mine = byCode.computeIfAbsent(code, c -> new Acc());
                mine.sum = mine.sum.add(acc.sum);
                mine.count += acc.count;
            });
        }

        Map<String, BigDecimal> values(Map<String, Indicator> known) {
            Map<String, BigDecimal> values = new TreeMap<>();
            byCode.forEach((code, acc) -> values.put(code,
                    acc.value(known.containsKey(code) ? known.get(code).type : IndicatorType.COUNT)));
            return values;
        }

        static final class Acc {
            BigDecimal sum = BigDecimal.ZERO;
            int count;

            void add(BigDecimal value) {
                sum = sum.add(value);
                count++;
            }

            /** A percentage is averaged; everything else (amounts, yes answers) is summed. */
            BigDecimal value(IndicatorType type) {
                if (type == IndicatorType.PERCENTAGE && count > 0) {
                    return ReportDtos.plain(sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
                }
                return ReportDtos.plain(sum);
            }
        }
    }
}
