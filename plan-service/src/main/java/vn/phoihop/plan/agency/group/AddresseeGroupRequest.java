package vn.phoihop.plan.agency.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.phoihop.plan.agency.AgencyData;

import java.util.List;

@Schema(description = "An addressee group: a rule over the province's directory (kind, parent, start of the name) "
        + "and/or an explicit member list; at least one of them")
public record AddresseeGroupRequest(
        @NotBlank @Pattern(regexp = AgencyData.CODE, message = AgencyData.CODE_MESSAGE)
        @Schema(examples = "DKN") String provinceCode,
        @NotBlank @Size(max = 300) @Schema(examples = "Các cơ quan báo chí trên địa bàn tỉnh") String name,
        @Pattern(regexp = AgencyData.KINDS, message = "must be one of " + AgencyData.KINDS)
        @Schema(examples = "PRESS") String kind,
        @Pattern(regexp = AgencyData.CODE, message = AgencyData.CODE_MESSAGE)
        @Schema(description = "Members sit directly below this agency", examples = "DKN.UBND") String parentCode,
        @Size(max = 200) @Schema(description = "Members' names start with this (case and diacritics ignored)",
                examples = "Phòng Văn hóa") String namePrefix,
        @Size(max = 5000) List<@NotNull @Pattern(regexp = AgencyData.CODE, message = AgencyData.CODE_MESSAGE) String> members) {
}
