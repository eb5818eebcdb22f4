package vn.phoihop.plan.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An agency (cơ quan, đơn vị) of the directory. Never deleted: a reorganisation ends it (active false,
 * endedOn, successors) and it stays resolvable by code so that old plans still show its name.
 */
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

    /** One of {@link AgencyKind}. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_code")
    public String parentCode;

    /** Name as the documents shorten it, e.g. "Sở TT&TT". */
    @Column(name = "short_name")
    public String shortName;

    /** The province it belongs to (DKN); null for national bodies (ministries, Steering Committee 138/CP). */
    @Column(name = "province_code")
    public String provinceCode;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** First day it no longer exists: the effective date of the reorganisation that ended it. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** MERGED, SPLIT or ABOLISHED. */
    @Column(name = "ended_by")
    public String endedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agency_successor", joinColumns = @JoinColumn(name = "agency_code"))
    @OrderColumn(name = "position")
    @Column(name = "successor_code")
    public List<String> successorCodes = new ArrayList<>();
}
