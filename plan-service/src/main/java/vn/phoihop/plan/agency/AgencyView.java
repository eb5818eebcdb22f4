package vn.phoihop.plan.agency;

import java.time.LocalDate;
import java.util.List;

/** An agency as the API shows it, ended ones included (active false, endedOn, successors). */
public record AgencyView(String code, String name, String shortName, String symbol, String kind, String parentCode,
                         String provinceCode, boolean active, LocalDate validFrom, LocalDate endedOn, String endedBy,
                         List<String> successorCodes) {
    public static AgencyView of(Agency a) {
        return new AgencyView(a.code, a.name, a.shortName, a.symbol, a.kind, a.parentCode, a.provinceCode, a.active,
                a.validFrom, a.endedOn, a.endedBy, List.copyOf(a.successorCodes));
    }
}
