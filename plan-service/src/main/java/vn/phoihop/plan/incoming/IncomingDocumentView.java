package vn.phoihop.plan.incoming;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.phoihop.plan.agency.Agency;
import vn.phoihop.plan.plan.DocumentKind;
import vn.phoihop.plan.plan.Plan;
import vn.phoihop.plan.plan.Purpose;
import vn.phoihop.platform.document.DocumentNames;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "An incoming document (văn bản đến) of the caller's agency: the document, named by kind and "
        + "number, and why the agency received it")
public record IncomingDocumentView(
        UUID id,
        UUID planId,
        @Schema(examples = "Kế hoạch số 45/KH-STTTT") String title,
        DocumentKind kind,
        @Schema(examples = "45/KH-STTTT") String number,
        String subject,
        String issuerCode,
        @Schema(examples = "Sở Thông tin và Truyền thông tỉnh Đắk Nông") String issuerName,
        LocalDate issuedOn,
        Purpose purpose,
        @Schema(examples = "để báo cáo, để biết (b/c)") String purposeLabel,
        @Schema(examples = "UBND tỉnh") String recipientName,
        Instant receivedAt,
        @Schema(description = "PUBLISH: the address where the agency published the document; null until it says") String publishedUrl,
        Instant publishedAt) {

    static IncomingDocumentView of(IncomingDocument d) {
        Plan p = d.plan;
        Agency issuer = Agency.findById(p.issuerCode);
        return new IncomingDocumentView(d.id, p.id, DocumentNames.of(p.number), p.kind, p.number, p.subject,
                p.issuerCode, issuer == null ? p.issuerCode : issuer.name, p.issuedOn, d.purpose, label(d.purpose),
                d.recipientName, d.receivedAt, d.publishedUrl, d.publishedAt);
    }

    static String label(Purpose purpose) {
        return switch (purpose) {
            case EXECUTE -> "thực hiện (t/h)";
            case COOPERATE -> "phối hợp (p/h)";
            case INFORMATION -> "để báo cáo, để biết (b/c)";
            case PUBLISH -> "đăng tải";
            case ARCHIVE -> "lưu";
            case AS_ABOVE -> "như trên";
        };
    }
}
