package vn.phoihop.report.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.util.UUID;

/**
 * An indicator (chỉ tiêu) reports give values for: from the catalogue shipped with the service
 * ({@code planId} null) or added by a coordinator for one plan.
 */
@Entity
public class Indicator extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** NEWS_ARTICLES, BROADCAST_MINUTES, COMMUNES_REACHED, … */
    @Column(nullable = false)
    public String code;

    /** The plan it belongs to; null for the catalogue. */
    @Column(name = "plan_id")
    public UUID planId;

    @Column(nullable = false)
    public String name;

    /** "tin, bài", "phút", "%", "đồng". */
    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorType type;

    public String description;

    @Column(name = "created_by")
    public String createdBy;
}
