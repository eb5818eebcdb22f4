package vn.phoihop.report.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** A measurable target (chỉ tiêu) of a plan: "100% xã, phường, thị trấn …" is COMMUNES_REACHED, 100, %. */
@Entity
@Table(name = "plan_target")
@IdClass(PlanTarget.Key.class)
public class PlanTarget extends PanacheEntityBase {
    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Id
    public int position;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    public String description;

    @Column(name = "goal_value")
    public BigDecimal goalValue;

    public String unit;

    public record Key(UUID planId, int position) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
