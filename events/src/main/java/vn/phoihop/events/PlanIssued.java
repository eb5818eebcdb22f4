package vn.phoihop.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan (Kế hoạch) or other document with tasks was issued: it has its number and its tasks now bind
 * the agencies named in them. Key: plan id.
 *
 * @param number       the allocated number and symbol, e.g. {@code 12/KH-STTTT}
 * @param issuerCode   code of the issuing agency (the coordinator's agency)
 * @param documentKind Decree 30/2020 kind symbol: KH, QĐ, or CV for an official letter (công văn); null means KH
 * @param periodFrom   first day of the plan's period ("năm 2020" gives 2020-01-01), null when it has none
 * @param periodTo     last day of the plan's period ("giai đoạn 2021-2025" gives 2025-12-31)
 * @param parentPlanId the upper plan this one implements, when that plan is in the system (plan tree)
 * @param parentTaskId the task of the upper plan this one implements, if known
 * @param targets      measurable targets (chỉ tiêu) of the plan
 * @param version      1 when issued; each amendment (PlanAmended) increases it
 * @param taskCount    how many tasks the document has in all; null means {@code tasks.size()}
 * @param parts        how many parts carry the tasks: this event is part 1 with the first tasks, parts 2..n
 *                     follow as {@link PlanTasksPart} with the same key, so that no event grows with the
 *                     document; null means 1
 */
public record PlanIssued(
        UUID planId,
        String number,
        String issuerCode,
        String subject,
        LocalDate issuedOn,
        List<Task> tasks,
        String documentKind,
        LocalDate periodFrom,
        LocalDate periodTo,
        UUID parentPlanId,
        UUID parentTaskId,
        List<Target> targets,
        Integer version,
        Integer taskCount,
        Integer parts) {

    /** A document whose tasks all travel in this one event. */
    public PlanIssued(UUID planId, String number, String issuerCode, String subject, LocalDate issuedOn, List<Task> tasks,
                      String documentKind, LocalDate periodFrom, LocalDate periodTo, UUID parentPlanId,
                      UUID parentTaskId, List<Target> targets, Integer version) {
        this(planId, number, issuerCode, subject, issuedOn, tasks, documentKind, periodFrom, periodTo, parentPlanId,
                parentTaskId, targets, version, tasks.size(), 1);
    }

    /** How many parts to wait for: 1 unless the tasks were split. */
    public int partCount() {
        return parts == null ? 1 : parts;
    }

    /** The payload of the first contract version: tasks only, no period, tree or targets. */
    public PlanIssued(UUID planId, String number, String issuerCode, String subject, LocalDate issuedOn, List<Task> tasks) {
        this(planId, number, issuerCode, subject, issuedOn, tasks, null, null, null, null, null, List.of(), 1);
    }

    /**
     * One task (nhiệm vụ): a lead agency (chủ trì), cooperating agencies (phối hợp), and what must be reported.
     *
     * @param deadline    the task's own deadline (hạn hoàn thành), if it has one
     * @param obligations report obligations; empty means the task is tracked against {@code deadline} only
     * @param addresseeGroupCode the addressee group (nhóm nơi nhận) the document addressed this task to, resolved at
     *                    issue into one task per member, this one for {@code leadAgencyCode}; null for a task
     *                    addressed to its lead by name. For display: consumers need nothing but the lead.
     * @param addresseeGroupName the group's name as the letter writes it ("Các cơ quan báo chí trên địa bàn tỉnh")
     */
    public record Task(
            UUID taskId,
            String title,
            String description,
            String leadAgencyCode,
            List<String> cooperatingAgencyCodes,
            LocalDate deadline,
            List<Obligation> obligations,
            String addresseeGroupCode,
            String addresseeGroupName) {

        public Task(UUID taskId, String title, String description, String leadAgencyCode,
                    List<String> cooperatingAgencyCodes, LocalDate deadline, List<Obligation> obligations) {
            this(taskId, title, description, leadAgencyCode, cooperatingAgencyCodes, deadline, obligations, null, null);
        }

        public Task(UUID taskId, String title, String description, String leadAgencyCode,
                    List<String> cooperatingAgencyCodes, LocalDate deadline) {
            this(taskId, title, description, leadAgencyCode, cooperatingAgencyCodes, deadline, List.of());
        }
    }

    /**
     * A report obligation (chế độ báo cáo) of a task.
     *
     * @param deadline                  ONCE: the submission deadline as written ("trước ngày 28/9/2023")
     * @param dataFrom                  ONCE: first day of the data window ("lấy số liệu từ ngày 07/7/2023")
     * @param dataTo                    ONCE: last day of the data window
     * @param frequency                 PERIODIC: monthly, quarterly, half-yearly or yearly
     * @param submissionRule            PERIODIC: how the deadline follows the period's cut-off
     * @param submissionDays            PERIODIC: the N of the submission rule
     * @param reportToCode              whom the lead agency reports to (nơi nhận báo cáo)
     * @param consolidatorCode          who consolidates (tổng hợp) and reports upward, if not the receiver
     * @param upwardToCode              to whom the consolidator reports (e.g. BCĐ 138, UBND tỉnh), if named
     * @param cooperatingLeadWorkingDays cooperating agencies report to the lead this many working days before
     *                                  the lead's own deadline; null means the service default
     * @param indicatorCodes            indicators (chỉ tiêu) the report must give values for
     */
    public record Obligation(
            UUID obligationId,
            ObligationKind kind,
            String title,
            LocalDate deadline,
            LocalDate dataFrom,
            LocalDate dataTo,
            Frequency frequency,
            SubmissionRule submissionRule,
            Integer submissionDays,
            String reportToCode,
            String consolidatorCode,
            String upwardToCode,
            Integer cooperatingLeadWorkingDays,
            List<String> indicatorCodes) {
    }

    /** A measurable target (chỉ tiêu): "100% xã, phường, thị trấn tổ chức hoạt động tuyên truyền". */
    public record Target(String indicatorCode, String description, BigDecimal goalValue, String unit) {
    }
}
