package vn.phoihop.notification.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agency's name, symbol and parent from the directory (AgencyChanged), for letters and e-mails. */
@Entity
@Table(name = "agency_name")
public class AgencyName extends PanacheEntityBase {
    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Column(nullable = false)
    public String name;

    /** Its symbol in document numbers ("STTTT"), when the directory gives one. */
    public String symbol;

    /** The body above it ("DKN.UBND"), which heads its letters. */
    @Column(name = "parent_code")
    public String parentCode;

    /** The name if the directory told us, else the code. */
    public static String of(String code) {
        if (code == null) {
            return "";
        }
        AgencyName found = findById(code);
        return found == null ? code : found.name;
    }

    public static void remember(String code, String name, String symbol, String parentCode) {
        if (code == null || name == null || name.isBlank()) {
            return;
        }
        AgencyName found = findById(code);
        if (found == null) {
            found = new AgencyName();
            found.agencyCode = code;
        }
        found.name = name;
        found.symbol = symbol;
        found.parentCode = parentCode;
        found.persist();
    }

    /** The heading of the agency's letters: its superior and itself, its symbol and place (Decree 30/2020). */
    public static vn.phoihop.platform.document.OfficialHeading heading(String code) {
        AgencyName agency = findById(code);
        AgencyName superior = agency == null || agency.parentCode == null ? null : findById(agency.parentCode);
        return vn.phoihop.platform.document.OfficialHeading.of(code, agency == null ? null : agency.name,
                agency == null ? null : agency.symbol, superior == null ? null : superior.name);
    }
}
