package vn.phoihop.plan.agency.reorganisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.phoihop.plan.agency.AgencyData;

import java.time.LocalDate;
import java.util.List;

/**
 * A reorganisation as requested. {@code agencyCodes} are the agencies it ends (or, for RENAME, the one
 * renamed); {@code successorCodes} take over, open assignments going to the first; a successor that does
 * not exist yet is described in {@code newAgencies} and created on the effective date.
 */
public record ReorganisationRequest(
        @NotNull ReorganisationKind kind,
        @Schema(example = "2025-03-01") @NotNull LocalDate effectiveOn,
        @Schema(example = "Quyết định số 123/QĐ-UBND ngày 28/02/2025 của UBND tỉnh")
        @Size(max = 300) String decision,
        @Schema(example = "[\"DKN.STTTT\"]")
        @NotEmpty List<@NotBlank @Pattern(regexp = AgencyData.CODE, message = AgencyData.CODE_MESSAGE) String> agencyCodes,
        @Schema(example = "[\"DKN.SKHCN\", \"DKN.SVHTTDL\"]")
        List<@NotBlank @Pattern(regexp = AgencyData.CODE, message = AgencyData.CODE_MESSAGE) String> successorCodes,
        List<@Valid @NotNull AgencyData> newAgencies,
        @Valid Rename rename) {

    /** RENAME only: the new name (with its diacritics), and optionally short name and symbol. */
    public record Rename(
            @Schema(example = "Sở Khoa học và Công nghệ tỉnh Đắk Nông") @NotBlank @Size(max = 300) String name,
            @Size(max = 200) String shortName,
            @Size(max = 40) String symbol) {
    }

    public List<String> successors() {
        return successorCodes == null ? List.of() : successorCodes;
    }

    public List<AgencyData> created() {
        return newAgencies == null ? List.of() : newAgencies;
    }
}
