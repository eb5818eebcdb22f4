package vn.phoihop.notification.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agency's name from the directory (AgencyChanged), for letters and e-mails. */
@Entity
@Table(name = "agency_name")
public class AgencyName extends PanacheEntityBase {
    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Column(nullable = false)
    public String name;

    /** The name if the directory told us, else the code. */
    public static String of(String code) {
        if (code == null) {
            return "";
        }
        AgencyName found = findById(code);
        return found == null ? code : found.name;
    }

    public static void remember(String code, String name) {
        if (code == null || name == null || name.isBlank()) {
            return;
        }
        AgencyName found = findById(code);
        if (found == null) {
            found = new AgencyName();
            found.agencyCode = code;
        }
        found.name = name;
        found.persist();
    }
}
