package vn.phoihop.plan.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An agency (cơ quan, đơn vị) of the provincial directory. */
@Entity
public class Agency extends PanacheEntityBase {
    @Id
    public String code;

    /** Full name with its diacritics, e.g. "Sở Thông tin và Truyền thông tỉnh Đắk Nông". */
    @Column(nullable = false)
    public String name;

    /** Symbol used in document numbers, e.g. STTTT in "12/KH-STTTT". */
    @Column(nullable = false)
    public String symbol;

    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_code")
    public String parentCode;
}
