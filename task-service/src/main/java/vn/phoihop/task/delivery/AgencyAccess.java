package vn.phoihop.task.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An agency given direct Kafka access (its delivery topic): our record; the broker holds the rest. */
@Entity
@Table(name = "agency_access")
public class AgencyAccess extends PanacheEntityBase {
    public enum Status { ACTIVE, REVOKED }

    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "kafka_user", nullable = false)
    public String kafkaUser;

    @Column(nullable = false)
    public String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "provisioned_at", nullable = false)
    public Instant provisionedAt;

    @Column(name = "password_set_at")
    public Instant passwordSetAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    public boolean active() {
        return status == Status.ACTIVE;
    }

    /** True when {@code agencyCode} has an active delivery topic that task events must be copied to. */
    public static boolean isActive(String agencyCode) {
        AgencyAccess access = findById(agencyCode);
        return access != null && access.active();
    }
}
