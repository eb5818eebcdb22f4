package vn.phoihop.report.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** An agency of the directory as plan-service announced it (AgencyChanged): names, hierarchy, kind. */
@Entity
public class Agency extends PanacheEntityBase {
    /** Kind of a commune-level unit (UBND xã, phường, thị trấn), what coverage counts. */
    public static final String COMMUNE = "COMMUNE_UNIT";

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name")
    public String shortName;

    public String symbol;

    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
