package vn.phoihop.task.request;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A report request (yêu cầu báo cáo): on an on-request obligation ("báo cáo khi có yêu cầu") of an issued plan,
 * or stand-alone (báo cáo đột xuất, then {@code planId} = {@code taskId} = the request's id). Its assignments share
 * {@link #periodKey}, so inboxes, matrices and consolidation show it as one period.
 */
@Entity
@Table(name = "report_request")
public class ReportRequest extends PanacheEntityBase {
    public enum Status { OPEN, WITHDRAWN }

    /** Prefix of every request's period key: {@code REQUEST-17}, numbered in sequence. */
    public static final String PERIOD_PREFIX = "REQUEST-";

    @Id
    public UUID id;

    @Column(name = "issuer_code", nullable = false)
    public String issuerCode;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    /** The plan's number, or the request's own reference ("Công văn số 15/STTTT-BCXB"). */
    @Column(name = "plan_number", nullable = false)
    public String planNumber;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(name = "obligation_id")
    public UUID obligationId;

    @Column(name = "period_key", nullable = false)
    public String periodKey;

    @Column(nullable = false)
    public String title;

    public String body;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "data_from")
    public LocalDate dataFrom;

    @Column(name = "data_to")
    public LocalDate dataTo;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "indicator_codes", nullable = false)
    public List<String> indicatorCodes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "agency_codes", nullable = false)
    public List<String> agencyCodes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdraw_reason")
    public String withdrawReason;

    public boolean standAlone() {
        return obligationId == null;
    }

    public static boolean isRequestPeriod(String periodKey) {
        return periodKey != null && periodKey.startsWith(PERIOD_PREFIX);
    }
}
