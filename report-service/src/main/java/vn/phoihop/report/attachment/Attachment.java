package vn.phoihop.report.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import vn.phoihop.report.report.ReportDtos;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A file attached to a report: the signed report (PDF) or a photo (JPEG, PNG), kept in PostgreSQL. */
@Entity
public class Attachment extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    /** The report's revision when it was attached. */
    @Column(nullable = false)
    public int revision;

    /** As the agency named it, diacritics included: "Báo cáo quý II-2020 (đã ký).pdf". */
    @Column(name = "file_name", nullable = false)
    public String fileName;

    /** From the file's first bytes, never from what the client declared. */
    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    /** The report's attachments without their content. */
    public static List<ReportDtos.AttachmentRef> refs(UUID reportId) {
        return getEntityManager().createQuery("""
                        select new vn.phoihop.report.report.ReportDtos$AttachmentRef(a.id, a.fileName, a.contentType,
                            a.sizeBytes, a.revision)
                        from Attachment a where a.reportId = :report order by a.uploadedAt, a.id""",
                        ReportDtos.AttachmentRef.class)
                .setParameter("report", reportId)
                .getResultList();
    }
}
