package vn.phoihop.task.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.phoihop.events.AgencyChanged;

import java.time.Instant;

/** An agency of the directory (danh bạ cơ quan) as plan-service announced it (AgencyChanged). */
@Entity
@Table(name = "directory_agency")
public class DirectoryAgency extends PanacheEntityBase {
    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    /** Its name as the directory gives it ("Sở Lao động - Thương binh và Xã hội tỉnh Điện Biên"). */
    public String name;

    /** False once merged, split or abolished; an ended agency still reads its history. */
    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The agency's name when the directory announced it, else its code. */
    public static String nameOf(String code) {
        if (code == null) {
            return null;
        }
        DirectoryAgency agency = findById(code);
        return agency == null || agency.name == null || agency.name.isBlank() ? code : agency.name;
    }

    public static void remember(AgencyChanged change, Instant now) {
        DirectoryAgency agency = findById(change.agencyCode());
        if (agency == null) {
            agency = new DirectoryAgency();
            agency.agencyCode = change.agencyCode();
        }
        agency.name = change.name();
        agency.active = change.active();
        agency.updatedAt = now;
        agency.persist();
    }
}
