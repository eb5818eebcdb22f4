package vn.phoihop.report.consolidation;

import vn.phoihop.report.directory.Agency;
import vn.phoihop.report.indicator.Indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agency hierarchy of the directory projection: rolls values up (a district's figures include its
 * communes') and counts communes below an agency.
 */
final class Hierarchy {
    private final Map<String, Agency> directory;

    Hierarchy(Map<String, Agency> directory) {
        this.directory = directory;
    }

    /** The agency and its ancestors, nearest first; stops on a loop. */
    List<String> upwards(String code) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String at = code; at != null && seen.add(at); at = directory.containsKey(at) ? directory.get(at).parentCode : null) {
            chain.add(at);
        }
        return chain;
    }

    /** Every agency with own values and every agency above one, in tree order (parents before children). */
    List<ConsolidationView.Unit> rollUp(Map<String, Consolidation.Unit> units, Map<String, Indicator> known) {
        Map<String, Values.Sums> rolled = new LinkedHashMap<>();
        for (Consolidation.Unit unit : units.values()) {
            for (String above : upwards(unit.agencyCode)) {
                rolled.computeIfAbsent(above, a -> new Values.Sums()).addAll(unit.own);
            }
        }
        List<String> codes = new ArrayList<>(rolled.keySet());
        codes.sort((a, b) -> path(a).compareTo(path(b)));
        List<ConsolidationView.Unit> views = new ArrayList<>();
        for (String code : codes) {
            Consolidation.Unit own = units.get(code);
            Agency agency = directory.get(code);
            views.add(new ConsolidationView.Unit(code, agency == null ? code : agency.name,
                    agency == null ? null : agency.parentCode,
                    own == null ? 0 : own.reports.size(), own == null ? 0 : own.late,
                    own == null ? List.of() : List.copyOf(new java.util.TreeSet<>(own.reports.values())),
                    communes(code, null),
                    own == null ? Map.of() : own.own.values(known), rolled.get(code).values(known)));
        }
        return views;
    }

    /**
     * Communes (xã, phường, thị trấn) in the directory: active commune-level units not under another
     * commune-level unit (a commune's radio station is not a second commune), below {@code root} when given,
     * in {@code province} when given.
     */
    long communes(String root, String province) {
        return directory.values().stream()
                .filter(a -> a.active && Agency.COMMUNE.equals(a.kind))
                .filter(a -> a.parentCode == null || !directory.containsKey(a.parentCode)
                        || !Agency.COMMUNE.equals(directory.get(a.parentCode).kind))
                .filter(a -> province == null || province.equals(a.provinceCode))
                .filter(a -> root == null || (!a.code.equals(root) && upwards(a.code).contains(root)))
                .count();
    }

    private String path(String code) {
        List<String> chain = upwards(code);
        Collections.reverse(chain);
        return String.join("/", chain);
    }
}
