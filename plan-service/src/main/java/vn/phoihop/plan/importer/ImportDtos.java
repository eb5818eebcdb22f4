package vn.phoihop.plan.importer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.phoihop.plan.plan.PlanDtos;

import java.time.LocalDate;
import java.util.List;

/** What {@code POST /plans/imports} answers. Nothing is stored. */
public final class ImportDtos {

    @Schema(description = "A proposed draft read from a document: the body of POST /plans as far as it could be filled, "
            + "where each field came from, and the questions the importer could not settle")
    public record ImportProposal(
            @Schema(description = "The text as read; every offset points into it") String text,
            @Schema(examples = "docx") String format,
            @Schema(description = "The issuing agency (the caller's)", examples = "DBN.STTTT") String issuerCode,
            @Schema(description = "The number as written, null for a draft's blank \"Số: /KH-STTTT\"", examples = "4256/KH-UBND")
            String number,
            @Schema(description = "The date as written, null when the day is blank", examples = "2021-12-20") LocalDate issuedOn,
            @Schema(description = "The body for POST /plans") PlanDtos.NewPlan plan,
            List<FieldSource> sources,
            List<Question> questions) {
    }

    @Schema(description = "Where a field of the proposal came from")
    public record FieldSource(
            @Schema(examples = "tasks[3].leadAgencyCode") String field,
            @Schema(description = "Offset of the first character in `text`") int start,
            @Schema(description = "Offset after the last character") int end,
            @Schema(description = "The words quoted", examples = "Công an tỉnh") String quote,
            @Schema(description = "1.0 when the words say it exactly, lower when an abbreviation, a plural name or an "
                    + "inference was needed", examples = "0.9") double confidence) {
    }

    @Schema(description = "Something the importer could not settle; the field stays empty (or holds a proposal to confirm)")
    public record Question(
            @Schema(examples = "tasks[2].leadAgencyCode") String field,
            @Schema(description = "AGENCY (pick one), AGENCIES (confirm a set a plural name stands for), LEAD (a section "
                    + "names no agency), DATE (blank or ambiguous date)", examples = "LEAD") String kind,
            @Schema(examples = "Danh mục không có cơ quan nào tên \"Cơ quan có Trang thông tin điện tử tổng hợp\": cơ quan nào chủ trì nhiệm vụ này?") String question,
            int start,
            int end,
            String quote,
            List<Candidate> candidates) {
    }

    public record Candidate(String code, String name) {
    }

    private ImportDtos() {
    }
}
