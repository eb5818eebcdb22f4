package vn.phoihop.plan.agency.group;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import vn.phoihop.plan.plan.JsonColumns;

import java.util.List;

/**
 * A named addressee group of a province (nhóm nơi nhận): "Các cơ quan báo chí trên địa bàn tỉnh", "UBND các
 * huyện, thị xã, thành phố", "Phòng Văn hóa và Thông tin các huyện". Its members are the active agencies of the
 * province that match its rule (kind, parent, the start of the name), plus those listed by name.
 */
@Entity
@Table(name = "addressee_group")
public class AddresseeGroup extends PanacheEntityBase {
    @Id
    public String code;

    @Column(name = "province_code", nullable = false)
    public String provinceCode;

    @Column(nullable = false)
    public String name;

    /** Members are of this {@link vn.phoihop.plan.agency.AgencyKind}; null means any kind. */
    public String kind;

    /** Members sit directly below this agency (the districts below DKN.UBND); null means anywhere. */
    @Column(name = "parent_code")
    public String parentCode;

    /** Members' names start with this, ignoring case and diacritics ("Phòng Văn hóa"); null means any name. */
    @Column(name = "name_prefix")
    public String namePrefix;

    /** Agencies that belong to the group whatever the rule says. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String members = "[]";

    public List<String> members() {
        return JsonColumns.list(members, String.class);
    }

    /** Whether the group has a rule over the directory, besides its listed members. */
    public boolean hasRule() {
        return kind != null || parentCode != null || namePrefix != null;
    }
}
