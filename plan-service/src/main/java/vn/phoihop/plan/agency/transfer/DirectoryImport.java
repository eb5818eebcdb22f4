package vn.phoihop.plan.agency.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import vn.phoihop.events.AgencyChange;
import vn.phoihop.plan.agency.Agency;
import vn.phoihop.plan.agency.AgencyData;
import vn.phoihop.plan.agency.AgencyDirectory;
import vn.phoihop.platform.problem.Problem;
import vn.phoihop.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a province's directory, all or nothing: every row is checked before anything is stored, and an
 * error names the row ({@code rows[i]}, 0-based, CSV line = i + 2) and the field. Rows are upserted by code,
 * parents first; a row equal to what is stored changes nothing and publishes nothing, so importing the same
 * file twice is harmless. Agencies are never deleted by an import.
 */
@ApplicationScoped
public class DirectoryImport {
    public record Outcome(String province, int created, int updated, int unchanged, Map<String, String> changes) {
    }

    @Inject
    AgencyDirectory directory;
    @Inject
    Validator validator;

    @Transactional
    public Outcome run(String province, List<AgencyData> input, boolean admin) {
        List<AgencyData> rows = input.stream().map(r -> r == null ? null : r.normalised()).toList();
        check(province, rows, admin);
        Map<String, String> changes = new LinkedHashMap<>();
        int created = 0;
        int updated = 0;
        for (int i : parentsFirst(rows)) {
            AgencyData row = rows.get(i);
            Agency existing = Agency.findById(row.code());
            if (existing == null) {
                directory.register(row, null);
                changes.put(row.code(), AgencyChange.REGISTERED.name());
                created++;
            } else {
                Optional<AgencyChange> change = directory.update(existing, row, "rows[" + i + "].");
                if (change.isPresent()) {
                    changes.put(row.code(), change.get().name());
                    updated++;
                }
            }
        }
        return new Outcome(province, created, updated, rows.size() - created - updated, changes);
    }

    private void check(String province, List<AgencyData> rows, boolean admin) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Problem.FieldError> forbidden = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String at = "rows[" + i + "]";
            AgencyData row = rows.get(i);
            if (row == null) {
                errors.add(new Problem.FieldError(at, "must not be null"));
                continue;
            }
            for (ConstraintViolation<AgencyData> v : validator.validate(row)) {
                errors.add(new Problem.FieldError(at + "." + v.getPropertyPath(), v.getMessage()));
            }
            if (row.code() == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(row.code(), i);
            if (earlier != null) {
                errors.add(new Problem.FieldError(at + ".code", row.code() + " is already in rows[" + earlier + "]"));
            }
            String rowProvince = row.provinceCode() != null ? row.provinceCode()
                    : row.code().contains(".") ? row.code().substring(0, row.code().indexOf('.')) : null;
            if (rowProvince != null && !rowProvince.equals(province)) {
                errors.add(new Problem.FieldError(at + ".provinceCode", "this is the directory of " + province
                        + ", not of " + rowProvince));
            }
            Agency existing = Agency.findById(row.code());
            if (!admin) {
                outOfScope(province, at, row, rowProvince, existing, forbidden);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            AgencyData row = rows.get(i);
            if (row != null && row.parentCode() != null && !seen.containsKey(row.parentCode())
                    && Agency.findById(row.parentCode()) == null) {
                errors.add(new Problem.FieldError("rows[" + i + "].parentCode", "unknown agency " + row.parentCode()
                        + ", neither stored nor in the file"));
            }
            if (!admin && row != null && row.parentCode() != null && !seen.containsKey(row.parentCode())) {
                Agency parent = Agency.findById(row.parentCode());
                if (parent != null && parent.provinceCode != null && !parent.provinceCode.equals(province)) {
                    forbidden.add(new Problem.FieldError("rows[" + i + "].parentCode", row.parentCode()
                            + " belongs to the directory of " + parent.provinceCode + ", not of " + province));
                }
            }
        }
        if (!forbidden.isEmpty()) {
            throw new ProblemException(403, "Forbidden", forbidden.size() + " row(s) outside the directory of " + province
                    + ", nothing imported; first: " + forbidden.get(0).field() + ": " + forbidden.get(0).message(), forbidden);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field, Comparator.comparingInt(DirectoryImport::rowOf)
                    .thenComparing(Comparator.naturalOrder())));
            String detail = errors.size() + " invalid field(s), nothing imported; first: "
                    + errors.get(0).field() + ": " + errors.get(0).message();
            throw new ProblemException(400, "Invalid directory", detail, errors);
        }
    }

    /**
     * What a coordinator may not touch: a row stored under another province (whatever the file says its
     * province is now), a code that names another province, and national bodies (no province), which only an
     * admin creates or changes; an unchanged national body in the file is harmless.
     */
    private static void outOfScope(String province, String at, AgencyData row, String rowProvince, Agency existing,
                                   List<Problem.FieldError> forbidden) {
        if (existing != null && !province.equals(existing.provinceCode)) {
            if (existing.provinceCode != null || !AgencyData.of(existing).equals(row)) {
                forbidden.add(new Problem.FieldError(at + ".code", row.code() + " belongs to "
                        + (existing.provinceCode == null ? "no province (a national body): only an admin changes it"
                        : "the directory of " + existing.provinceCode + ", not of " + province)));
            }
            return;
        }
        String codePrefix = row.code().contains(".") ? row.code().substring(0, row.code().indexOf('.')) : null;
        if (existing == null && (rowProvince == null || codePrefix == null || !codePrefix.equals(province))) {
            forbidden.add(new Problem.FieldError(at + ".code", "a coordinator adds only agencies of " + province
                    + " (codes " + province + ".…); national bodies are added by an admin"));
        }
    }

    /** Row indexes with every parent in the file before its children; a cycle in the file is refused. */
    private static List<Integer> parentsFirst(List<AgencyData> rows) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).code(), i);
        }
        List<Integer> order = new ArrayList<>();
        int[] state = new int[rows.size()]; // 0 new, 1 visiting, 2 done
        for (int i = 0; i < rows.size(); i++) {
            visit(i, rows, index, state, order);
        }
        return order;
    }

    private static void visit(int i, List<AgencyData> rows, Map<String, Integer> index, int[] state, List<Integer> order) {
        if (state[i] == 2) {
            return;
        }
        if (state[i] == 1) {
            throw ProblemException.invalid("rows[" + i + "].parentCode", "the rows' parents form a cycle");
        }
        state[i] = 1;
        Integer parent = rows.get(i).parentCode() == null ? null : index.get(rows.get(i).parentCode());
        if (parent != null) {
            visit(parent, rows, index, state, order);
        }
        state[i] = 2;
        order.add(i);
    }

    private static int rowOf(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        return open < 0 || close < open ? -1 : Integer.parseInt(field.substring(open + 1, close));
    }
}
