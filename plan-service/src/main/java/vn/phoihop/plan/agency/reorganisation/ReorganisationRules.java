package vn.phoihop.plan.agency.reorganisation;

import vn.phoihop.plan.agency.Agency;
import vn.phoihop.plan.agency.AgencyData;
import vn.phoihop.platform.problem.ProblemException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a reorganisation must satisfy, checked when it is requested and again on its effective date
 * (the directory may have changed meanwhile). Throws a 400 naming the field before anything changes.
 */
final class ReorganisationRules {

    static void check(ReorganisationRequest r) {
        List<String> ended = r.agencyCodes();
        List<String> successors = r.successors();
        switch (r.kind()) {
            case RENAME -> {
                size("agencyCodes", ended, 1, 1, "a rename names exactly one agency");
                if (r.rename() == null) {
                    throw ProblemException.invalid("rename", "a rename needs the new name");
                }
                if (!successors.isEmpty() || !r.created().isEmpty()) {
                    throw ProblemException.invalid("successorCodes", "a rename keeps the agency: no successors");
                }
            }
            case SPLIT -> {
                size("agencyCodes", ended, 1, 1, "a split ends exactly one agency");
                size("successorCodes", successors, 2, 64, "a split names at least two successors");
            }
            case MERGE, ABOLISH -> size("successorCodes", successors, 1, 64,
                    "name at least one successor: open assignments move to the first");
        }
        if (r.kind() != ReorganisationKind.RENAME && r.rename() != null) {
            throw ProblemException.invalid("rename", "only for RENAME");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ended.size(); i++) {
            String field = "agencyCodes[" + i + "]";
            if (!seen.add(ended.get(i))) {
                throw ProblemException.invalid(field, "named twice");
            }
            Agency a = Agency.findById(ended.get(i));
            if (a == null) {
                throw ProblemException.invalid(field, "unknown agency " + ended.get(i));
            }
            if (!a.active) {
                throw ProblemException.invalid(field, a.code + " already ended on " + a.endedOn);
            }
        }
        Set<String> created = new HashSet<>();
        for (int i = 0; i < r.created().size(); i++) {
            AgencyData d = r.created().get(i).normalised();
            String field = "newAgencies[" + i + "]";
            if (Agency.findById(d.code()) != null || !created.add(d.code())) {
                throw ProblemException.invalid(field + ".code", d.code() + " already exists");
            }
            if (d.parentCode() != null && !created.contains(d.parentCode()) && !activeAgency(d.parentCode())) {
                throw ProblemException.invalid(field + ".parentCode", "unknown or ended agency " + d.parentCode());
            }
        }
        Set<String> successorSeen = new HashSet<>();
        for (int i = 0; i < successors.size(); i++) {
            String code = successors.get(i);
            String field = "successorCodes[" + i + "]";
            if (!successorSeen.add(code)) {
                throw ProblemException.invalid(field, "named twice");
            }
            if (seen.contains(code)) {
                throw ProblemException.invalid(field, code + " is one of the agencies that end");
            }
            if (!created.contains(code) && !activeAgency(code)) {
                throw ProblemException.invalid(field, "unknown or ended agency " + code
                        + " (describe a new successor in newAgencies)");
            }
        }
    }

    private static boolean activeAgency(String code) {
        Agency a = Agency.findById(code);
        return a != null && a.active;
    }

    private static void size(String field, List<String> list, int min, int max, String message) {
        if (list.size() < min || list.size() > max) {
            throw ProblemException.invalid(field, message);
        }
    }

    private ReorganisationRules() {
    }
}
