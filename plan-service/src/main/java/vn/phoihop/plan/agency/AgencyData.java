package vn.phoihop.plan.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agency as a client enters it: through POST /agencies, a directory import row, or a successor
 * created by a reorganisation. {@code shortName} and {@code provinceCode} are optional (older clients send
 * neither); a missing province is taken from the parent, else from the code's prefix (DKN.STTTT → DKN).
 */
public record AgencyData(
        @Schema(example = "DKN.STTTT")
        @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
        @Schema(example = "Sở Thông tin và Truyền thông tỉnh Đắk Nông")
        @NotBlank @Size(max = 300) String name,
        @Schema(example = "Sở TT&TT")
        @Size(max = 200) String shortName,
        @Schema(example = "STTTT", description = "as in document numbers: 12/KH-STTTT")
        @NotBlank @Size(max = 40) String symbol,
        @Schema(example = "DEPARTMENT")
        @NotBlank @Pattern(regexp = KINDS, message = "must be one of " + KINDS) String kind,
        @Schema(example = "DKN.UBND")
        @Pattern(regexp = CODE, message = CODE_MESSAGE) String parentCode,
        @Schema(example = "DKN")
        @Pattern(regexp = CODE, message = CODE_MESSAGE) String provinceCode) {

    /** The codes every event schema accepts: ASCII only. */
    public static final String CODE = "[A-Z0-9][A-Z0-9._-]{1,63}";
    public static final String CODE_MESSAGE = "must be 2 to 64 upper-case ASCII letters, digits, '.', '_' or '-'";
    /** Exactly {@link AgencyKind}, so that an AgencyChanged event always passes its schema. */
    public static final String KINDS = "PEOPLES_COMMITTEE|DEPARTMENT|POLICE|BORDER_GUARD|COURT|PROCURACY|PRESS"
            + "|DISTRICT_UNIT|COMMUNE_UNIT|MASS_ORGANISATION|ENTERPRISE|MINISTRY|PARTY_BOARD|STEERING_COMMITTEE|OTHER";

    /** Blank optional fields become null, so that "" and a missing column mean the same. */
    public AgencyData normalised() {
        return new AgencyData(trim(code), trim(name), blankToNull(shortName), trim(symbol), trim(kind),
                blankToNull(parentCode), blankToNull(provinceCode));
    }

    public static AgencyData of(Agency a) {
        return new AgencyData(a.code, a.name, a.shortName, a.symbol, a.kind, a.parentCode, a.provinceCode);
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
