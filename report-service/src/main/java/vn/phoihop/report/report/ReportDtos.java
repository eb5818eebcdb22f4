package vn.phoihop.report.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** What the report API reads and writes. */
public final class ReportDtos {

    @Schema(description = "A report on one of the caller agency's assignments")
    public record NewReport(
            @NotNull UUID assignmentId,
            @NotBlank @Size(max = 20000)
            @Schema(examples = "Quý II/2020: Báo Đắk Nông đăng 12 tin, bài về phòng, chống mua bán người")
            String summary,
            @Size(max = 200)
            @Schema(description = "Indicator code to value, e.g. {\"NEWS_ARTICLES\": 12, \"BROADCAST_MINUTES\": 45}")
            Map<String, BigDecimal> indicators) {
    }

    @Schema(description = "A new revision of a report that was not accepted yet")
    public record Revision(
            @NotBlank @Size(max = 20000)
            @Schema(examples = "Quý II/2020 (bổ sung theo ý kiến của Sở): 14 tin, bài")
            String summary,
            @Size(max = 200) Map<String, BigDecimal> indicators) {
    }

    @Schema(description = "The receiver's decision; a comment is required to return a report")
    public record Review(@Size(max = 4000) @Schema(examples = "Đề nghị bổ sung số liệu phóng sự") String comment) {
    }

    public record RevisionView(int revision, String summary, Map<String, BigDecimal> indicators, Instant submittedAt,
                               boolean late, String decision, String reviewerCode, String reviewComment,
                               Instant reviewedAt) {
        static RevisionView of(ReportRevision r) {
            return new RevisionView(r.revision, r.summary, plain(r.values), r.submittedAt, r.late, r.decision,
                    r.reviewerCode, r.reviewComment, r.reviewedAt);
        }
    }

    public record AttachmentRef(UUID id, String fileName, String contentType, long sizeBytes, int revision) {
    }

    public record ReportView(UUID id, UUID assignmentId, UUID planId, String agencyCode, String issuerCode,
                             String receiverCode, Report.Status status, int revision, String summary,
                             Map<String, BigDecimal> indicators, Instant submittedAt, Instant firstSubmittedAt,
                             boolean late, List<RevisionView> revisions, List<AttachmentRef> attachments) {
        static ReportView of(Report r, List<ReportRevision> revisions, List<AttachmentRef> attachments) {
            ReportRevision latest = revisions.get(revisions.size() - 1);
            return new ReportView(r.id, r.assignmentId, r.planId, r.agencyCode, r.issuerCode, r.receiverCode,
                    r.status, r.revision, latest.summary, plain(latest.values), latest.submittedAt,
                    r.firstSubmittedAt, r.late, revisions.stream().map(RevisionView::of).toList(), attachments);
        }
    }

    /** 12 rather than 12.0000 (the column's scale), in code order. */
    public static Map<String, BigDecimal> plain(Map<String, BigDecimal> indicators) {
        Map<String, BigDecimal> plain = new TreeMap<>();
        indicators.forEach((code, value) -> plain.put(code, plain(value)));
        return plain;
    }

    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private ReportDtos() {
    }
}
