package vn.phoihop.plan.agency.group;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.phoihop.plan.agency.Agency;

import java.util.List;

@Schema(description = "An addressee group with the agencies it stands for today")
public record AddresseeGroupView(String code, String provinceCode, String name, String kind, String parentCode,
                                 String namePrefix, List<String> members, List<Member> resolvedMembers) {

    @Schema(description = "A member as the group resolves today")
    public record Member(String code, String name) {
        static Member of(Agency a) {
            return new Member(a.code, a.name);
        }
    }

    static AddresseeGroupView of(AddresseeGroup g, List<Agency> resolved) {
        return new AddresseeGroupView(g.code, g.provinceCode, g.name, g.kind, g.parentCode, g.namePrefix, g.members(),
                resolved.stream().map(Member::of).toList());
    }
}
