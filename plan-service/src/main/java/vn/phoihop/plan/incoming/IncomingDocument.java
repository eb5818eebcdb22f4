package vn.phoihop.plan.incoming;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.phoihop.plan.plan.Plan;
import vn.phoihop.plan.plan.Purpose;

import java.time.Instant;
import java.util.UUID;

/**
 * A document as one recipient agency received it (văn bản đến), with why: thực hiện, phối hợp, b/c, đăng tải, lưu.
 * A recipient asked to publish (đăng tải) completes its part by giving the address where it published the document.
 */
@Entity
@Table(name = "incoming_document")
public class IncomingDocument extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    /** Never AS_ABOVE: "Như trên" is resolved into the addressees' own purposes. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Purpose purpose;

    /** The line of Nơi nhận as written ("UBND tỉnh"); null for an addressee named only in a task. */
    @Column(name = "recipient_name")
    public String recipientName;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "published_url")
    public String publishedUrl;

    @Column(name = "published_at")
    public Instant publishedAt;
}
