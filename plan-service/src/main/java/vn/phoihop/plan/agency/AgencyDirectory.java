package vn.phoihop.plan.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.phoihop.events.AgencyChange;
import vn.phoihop.platform.problem.Problem;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.time.ServiceClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers and updates agencies; every real change publishes AgencyChanged so that the other services
 * keep their own copy of the directory. Callers validate the fields (Bean Validation) first.
 */
@ApplicationScoped
@Transactional
public class AgencyDirectory {
    @Inject
    AgencyEvents events;
    @Inject
    ServiceClock clock;

    public Agency find(String code) {
        Agency agency = Agency.findById(code);
        if (agency == null) {
            throw ProblemException.notFound("agency", code);
        }
        return agency;
    }

    /** A new agency, valid from {@code validFrom} (today when null). */
    public Agency register(AgencyData data, LocalDate validFrom) {
        AgencyData d = data.normalised();
        if (Agency.findById(d.code()) != null) {
            throw new ProblemException(409, "Conflict", "agency " + d.code() + " already exists",
                    List.of(new Problem.FieldError("code", "already exists")));
        }
        Agency parent = parentOf(d, "parentCode");
        Agency agency = new Agency();
        agency.code = d.code();
        agency.validFrom = validFrom == null ? clock.today() : validFrom;
        apply(agency, d, parent);
        agency.persist();
        events.changed(agency, AgencyChange.REGISTERED, agency.validFrom);
        return agency;
    }

    /**
     * Brings an existing agency to {@code data}; RENAMED when the name changed, else UPDATED, and nothing at
     * all when nothing changed. Returns the change published, if any.
     */
    public Optional<AgencyChange> update(Agency agency, AgencyData data, String fieldPrefix) {
        AgencyData d = data.normalised();
        if (AgencyData.of(agency).equals(withProvince(d, agency))) {
            return Optional.empty();
        }
        Agency parent = parentOf(d, fieldPrefix + "parentCode");
        if (parent != null && isSelfOrBelow(parent.code, agency.code)) {
            throw ProblemException.invalid(fieldPrefix + "parentCode", agency.code + " cannot sit below itself");
        }
        boolean renamed = !Objects.equals(agency.name, d.name());
        apply(agency, d, parent);
        AgencyChange change = renamed ? AgencyChange.RENAMED : AgencyChange.UPDATED;
        events.changed(agency, change, clock.today());
        return Optional.of(change);
    }

    /** The same as {@code d}, with the province the agency would get, so an unchanged row compares equal. */
    private AgencyData withProvince(AgencyData d, Agency current) {
        Agency parent = d.parentCode() == null ? null : Agency.findById(d.parentCode());
        String province = d.provinceCode() != null ? d.provinceCode() : derivedProvince(d, parent);
        return new AgencyData(d.code(), d.name(), d.shortName(), d.symbol(), d.kind(), d.parentCode(), province);
    }

    private Agency parentOf(AgencyData d, String field) {
        if (d.parentCode() == null) {
            return null;
        }
        Agency parent = Agency.findById(d.parentCode());
        if (parent == null) {
            throw ProblemException.invalid(field, "unknown agency " + d.parentCode());
        }
        if (parent.code.equals(d.code())) {
            throw ProblemException.invalid(field, "an agency cannot be its own parent");
        }
        return parent;
    }

    private static void apply(Agency agency, AgencyData d, Agency parent) {
        agency.name = d.name();
        agency.shortName = d.shortName();
        agency.symbol = d.symbol();
        agency.kind = d.kind();
        agency.parentCode = d.parentCode();
        agency.provinceCode = d.provinceCode() != null ? d.provinceCode() : derivedProvince(d, parent);
    }

    /** The parent's province, else the code's prefix (DKN.STTTT → DKN); national bodies (BTTTT) have none. */
    static String derivedProvince(AgencyData d, Agency parent) {
        if (parent != null && parent.provinceCode != null) {
            return parent.provinceCode;
        }
        int dot = d.code().indexOf('.');
        return dot > 1 ? d.code().substring(0, dot) : null;
    }

    /** True when {@code code} is {@code ancestor} or lies below it. */
    static boolean isSelfOrBelow(String code, String ancestor) {
        String current = code;
        for (int depth = 0; current != null && depth < 64; depth++) {
            if (current.equals(ancestor)) {
                return true;
            }
            Agency a = Agency.findById(current);
            current = a == null ? null : a.parentCode;
        }
        return false;
    }
}
