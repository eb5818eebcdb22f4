package vn.phoihop.plan.agency.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.phoihop.plan.agency.Agency;
import vn.phoihop.plan.importer.names.Folding;
import vn.phoihop.plan.plan.JsonColumns;
import vn.phoihop.platform.problem.Problem;
import vn.phoihop.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defines addressee groups and resolves them into the agencies they stand for on the day of asking. */
@ApplicationScoped
@Transactional
public class AddresseeGroups {

    public AddresseeGroup find(String code) {
        AddresseeGroup group = AddresseeGroup.findById(code);
        if (group == null) {
            throw ProblemException.notFound("addressee group", code);
        }
        return group;
    }

    public List<AddresseeGroup> list(String province) {
        return province == null ? AddresseeGroup.list("order by provinceCode, code")
                : AddresseeGroup.list("provinceCode = ?1 order by code", province);
    }

    /** Creates or replaces a group; true when it is new. Every named agency must exist. */
    public boolean define(String code, AddresseeGroupRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> members = request.members() == null ? List.of() : request.members();
        if (request.kind() == null && request.parentCode() == null && blank(request.namePrefix()) && members.isEmpty()) {
            errors.add(new Problem.FieldError("members", "a group needs a rule (kind, parentCode, namePrefix) or members"));
        }
        if (request.parentCode() != null && Agency.findById(request.parentCode()) == null) {
            errors.add(new Problem.FieldError("parentCode", "unknown agency " + request.parentCode()));
        }
        for (int i = 0; i < members.size(); i++) {
            Agency member = Agency.findById(members.get(i));
            if (member == null) {
                errors.add(new Problem.FieldError("members[" + i + "]", "unknown agency " + members.get(i)));
            } else if (!request.provinceCode().equals(member.provinceCode)) {
                errors.add(new Problem.FieldError("members[" + i + "]", "agency " + member.code + " is not of province "
                        + request.provinceCode()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid request", errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
        AddresseeGroup group = AddresseeGroup.findById(code);
        boolean created = group == null;
        if (created) {
            group = new AddresseeGroup();
            group.code = code;
        }
        group.provinceCode = request.provinceCode();
        group.name = request.name().strip();
        group.kind = request.kind();
        group.parentCode = request.parentCode();
        group.namePrefix = blank(request.namePrefix()) ? null : request.namePrefix().strip();
        group.members = JsonColumns.write(List.copyOf(members));
        if (created) {
            group.persist();
        }
        return created;
    }

    /**
     * The agencies the group stands for now: the active agencies of its province matching its rule, then its listed
     * members, each once, by code. An agency a reorganisation ended is no longer a member.
     */
    public List<Agency> members(AddresseeGroup group) {
        Map<String, Agency> members = new LinkedHashMap<>();
        if (group.hasRule()) {
            StringBuilder query = new StringBuilder("active = true and provinceCode = :province");
            Map<String, Object> params = new LinkedHashMap<>(Map.of("province", group.provinceCode));
            if (group.kind != null) {
                query.append(" and kind = :kind");
                params.put("kind", group.kind);
            }
            if (group.parentCode != null) {
                query.append(" and parentCode = :parent");
                params.put("parent", group.parentCode);
            }
            String prefix = group.namePrefix == null ? null : Folding.fold(group.namePrefix);
            for (Agency a : Agency.<Agency>list(query.toString(), params)) {
                if (prefix == null || Folding.fold(a.name).startsWith(prefix)) {
                    members.put(a.code, a);
                }
            }
        }
        for (String code : group.members()) {
            Agency a = Agency.findById(code);
            if (a != null && a.active) {
                members.putIfAbsent(code, a);
            }
        }
        List<Agency> sorted = new ArrayList<>(members.values());
        sorted.sort(Comparator.comparing(a -> a.code));
        return sorted;
    }

    public List<String> memberCodes(String groupCode) {
        return members(find(groupCode)).stream().map(a -> a.code).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
