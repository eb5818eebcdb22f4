package vn.phoihop.task;

import vn.phoihop.events.Frequency;
import vn.phoihop.events.ObligationKind;
import vn.phoihop.events.PlanAmended;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.SubmissionRule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Kế hoạch 4256/KH-UBND ngày 20/12/2021 của UBND tỉnh Điện Biên, "Thực hiện Chương trình phòng, chống mại dâm
 * Trên địa bàn tỉnh Điện Biên, giai đoạn 2021-2025" (seeds/002), as plan-service would publish it, with
 * two of its tasks (VI. TỔ CHỨC THỰC HIỆN 1 and 2):
 * <ol>
 *   <li>Sở Lao động - Thương binh và Xã hội leads, with Công an tỉnh and Sở Y tế cooperating; reports quarterly
 *       to UBND tỉnh by the 20th of the quarter's last month, "báo cáo UBND tỉnh, Bộ Lao động - Thương binh và
 *       Xã hội";</li>
 *   <li>Công an tỉnh, with the provincial border guard (Bộ Chỉ huy Bộ đội Biên phòng tỉnh) cooperating:
 *       "Định kỳ báo cáo thống kê … gửi Sở Lao động - Thương binh và Xã hội", here monthly by the 5th of the
 *       month after the cut-off (the seed names no day).</li>
 * </ol>
 * Agency codes carry a random run suffix (DBN.CAT.K42 …) so that an agency's inbox, buckets and calendar
 * hold only this plan's assignments even in a reused test database. Fresh ids on every instance.
 */
public final class DienBienPlan {
    static final String NUMBER = "4256/KH-UBND";
    static final String SUBJECT = "Thực hiện Chương trình phòng, chống mại dâm Trên địa bàn tỉnh Điện Biên, giai đoạn 2021-2025";
    static final String TASK1_TITLE = "Sở Lao động - Thương binh và Xã hội";
    static final String TASK1_TEXT = "Hướng dẫn, đôn đốc, kiểm tra, giám sát việc thực hiện các nội dung hoạt động của Kế hoạch. "
            + "Tổng hợp kết quả thực hiện Chương trình của các Sở, ngành, các huyện, thị xã, thành phố, báo cáo UBND tỉnh, "
            + "Bộ Lao động - Thương binh và Xã hội theo quy định.";
    static final String TASK2_TITLE = "Công an tỉnh";
    static final String TASK2_TEXT = "Định kỳ báo cáo thống kê tình hình kết quả xử phạt vi phạm hành chính, số người vi phạm "
            + "pháp luật về phòng, chống mại dâm; cung cấp danh sách, địa chỉ người bán dâm, gửi Sở Lao động - Thương binh và "
            + "Xã hội để có kế hoạch tiếp cận, hỗ trợ";

    final String suffix = "R" + ThreadLocalRandom.current().nextInt(1000, 10000);
    final String ubnd = "DBN.UBND." + suffix;
    final String sldtbxh = "DBN.SLDTBXH." + suffix;
    final String cat = "DBN.CAT." + suffix;
    final String syt = "DBN.SYT." + suffix;
    final String bdbp = "DBN.BCHBDBP." + suffix;
    final String svhttdl = "DBN.SVHTTDL." + suffix;
    final UUID planId = UUID.randomUUID();
    final UUID task1 = UUID.randomUUID();
    final UUID task2 = UUID.randomUUID();
    final UUID task3 = UUID.randomUUID();
    final UUID quarterly = UUID.randomUUID();
    final UUID monthly = UUID.randomUUID();
    final UUID once = UUID.randomUUID();

    public PlanIssued issued() {
        return new PlanIssued(planId, NUMBER, ubnd, SUBJECT, LocalDate.of(2021, 12, 20), List.of(
                task1(20, List.of(cat, syt)),
                new PlanIssued.Task(task2, TASK2_TITLE, TASK2_TEXT, cat, List.of(bdbp), null, List.of(
                        new PlanIssued.Obligation(monthly, ObligationKind.PERIODIC, "Báo cáo thống kê hằng tháng", null, null,
                                null, Frequency.MONTHLY, SubmissionRule.DAY_OF_MONTH, 5, sldtbxh, null, null, null,
                                List.of("VI_PHAM_XU_LY"))))),
                "KH", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), null, null, List.of(), 1);
    }

    /** Task 1 with the lead's quarterly deadline on day {@code day} and these cooperating agencies. */
    public PlanIssued.Task task1(int day, List<String> cooperating) {
        return new PlanIssued.Task(task1, TASK1_TITLE, TASK1_TEXT, sldtbxh, cooperating, null, List.of(
                new PlanIssued.Obligation(quarterly, ObligationKind.PERIODIC, "Báo cáo định kỳ hằng quý", null, null, null,
                        Frequency.QUARTERLY, SubmissionRule.DAY_OF_MONTH, day, ubnd, sldtbxh, null, null,
                        List.of("XA_TUYEN_TRUYEN", "CO_SO_KIEM_TRA"))));
    }

    /**
     * Version 2: the quarterly deadline moves to the 25th and Sở Y tế no longer cooperates on task 1; task 2 is
     * removed; a one-off report of Sở Y tế with Sở Văn hóa, Thể thao và Du lịch is added ("trước ngày 28/9/2023,
     * lấy số liệu từ ngày 07/7/2023 đến ngày 30/9/2023").
     */
    public PlanAmended amendment() {
        PlanIssued.Task added = new PlanIssued.Task(task3, "Sở Y tế",
                "Chỉ đạo các cơ sở y tế tổ chức khám sức khỏe định kỳ cho người lao động làm việc tại các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm",
                syt, List.of(svhttdl), null, List.of(new PlanIssued.Obligation(once, ObligationKind.ONCE,
                "Báo cáo sơ kết", LocalDate.of(2023, 9, 28), LocalDate.of(2023, 7, 7), LocalDate.of(2023, 9, 30),
                null, null, null, sldtbxh, null, null, null, List.of())));
        return new PlanAmended(planId, NUMBER, ubnd, 2, LocalDate.of(2022, 1, 10), "Điều chỉnh thời hạn báo cáo",
                List.of(added), List.of(task2), List.of(task1(25, List.of(cat))),
                List.of(), List.of());
    }

    /** Version 3: the quarterly deadline moves once more, to the 26th. */
    public PlanAmended thirdVersion() {
        return new PlanAmended(planId, NUMBER, ubnd, 3, LocalDate.of(2022, 2, 10), "Điều chỉnh lần 2",
                List.of(), List.of(), List.of(task1(26, List.of(cat))), List.of(), List.of());
    }
}
