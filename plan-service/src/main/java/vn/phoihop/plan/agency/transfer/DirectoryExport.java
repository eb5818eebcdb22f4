package vn.phoihop.plan.agency.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import vn.phoihop.plan.agency.Agency;
import vn.phoihop.plan.agency.AgencyView;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A province's directory: its agencies, ended ones included, and the national bodies (ministries, Steering
 * Committee 138/CP) its documents name. Parents come before their children, so the file can be imported
 * into an empty directory as it is.
 */
@ApplicationScoped
public class DirectoryExport {

    public List<AgencyView> of(String province) {
        List<Agency> agencies = Agency.list("provinceCode = ?1 or provinceCode is null", province);
        Map<String, Agency> byCode = new HashMap<>();
        agencies.forEach(a -> byCode.put(a.code, a));
        Map<String, Integer> depth = new HashMap<>();
        agencies.forEach(a -> depthOf(a, byCode, depth));
        return agencies.stream()
                .sorted(Comparator.<Agency>comparingInt(a -> depth.get(a.code)).thenComparing(a -> a.code))
                .map(AgencyView::of)
                .toList();
    }

    private static int depthOf(Agency a, Map<String, Agency> byCode, Map<String, Integer> depth) {
        Integer known = depth.get(a.code);
        if (known != null) {
            return known;
        }
        depth.put(a.code, 0); // guards against a cycle
        Agency parent = a.parentCode == null ? null : byCode.get(a.parentCode);
        int d = parent == null ? 0 : depthOf(parent, byCode, depth) + 1;
        depth.put(a.code, d);
        return d;
    }
}
