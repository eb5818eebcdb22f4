package vn.phoihop.notification.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Where an agency receives its notifications: e-mail addresses, its head (thủ trưởng), its webhook. */
@Entity
@Table(name = "agency_contact")
public class AgencyContact extends PanacheEntityBase {
    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    /** Comma-separated addresses (văn thư, officers in charge). */
    @Column(nullable = false)
    public String emails = "";

    @Column(name = "head_name")
    public String headName;

    /** e.g. "Giám đốc", "Chủ tịch". */
    @Column(name = "head_title")
    public String headTitle;

    @Column(name = "head_email")
    public String headEmail;

    @Column(name = "webhook_url")
    public String webhookUrl;

    /** HMAC-SHA256 key of the webhook signature; never shown again once set. */
    @Column(name = "webhook_secret")
    public String webhookSecret;

    @Column(name = "email_enabled", nullable = false)
    public boolean emailEnabled = true;

    @Column(name = "webhook_enabled", nullable = false)
    public boolean webhookEnabled = true;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<String> emailList() {
        return emails == null || emails.isBlank() ? List.of()
                : Arrays.stream(emails.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static List<String> split(List<String> emails) {
        return emails == null ? List.of() : emails.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
