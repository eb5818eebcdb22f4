package vn.phoihop.plan.importer;

import org.junit.jupiter.api.Test;
import vn.phoihop.events.ObligationKind;
import vn.phoihop.plan.importer.grammar.SourceText;
import vn.phoihop.plan.importer.names.AgencyMatcher;
import vn.phoihop.plan.plan.DocumentKind;
import vn.phoihop.plan.plan.PlanDtos;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An official letter: its addressees carry out its text, with the report it asks for. */
class LetterImportTest {
    static final String LETTER = """
            UBND TỈNH ĐIỆN BIÊN
            SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
            Số: /SVHTTDL-QLVH
            V/v báo cáo kết quả phòng, chống mại dâm năm 2024
            Điện Biên, ngày tháng 10 năm 2024
            Kính gửi:
            - Trung tâm Văn hóa, Truyền thanh - Truyền hình các huyện, thị xã, thành phố;
            - Công an tỉnh.
            Thực hiện Kế hoạch số 4256/KH-UBND ngày 20/12/2021 của UBND tỉnh về thực hiện Chương trình phòng, chống mại dâm giai đoạn 2021-2025; Sở Văn hóa, Thể thao và Du lịch đề nghị các đơn vị báo cáo kết quả thực hiện năm 2024 trước ngày 15/11/2024, số liệu từ ngày 15/12/2023 đến ngày 14/11/2024, gửi về Sở Văn hóa, Thể thao và Du lịch để tổng hợp báo cáo UBND tỉnh./.
            Nơi nhận:
            - Như trên;
            - Lưu: VT, QLVH.
            KT. GIÁM ĐỐC
            PHÓ GIÁM ĐỐC
            """;

    @Test
    void addresseesExecuteTheLetterAndReportOnce() {
        SeedDocuments.Seed dienBien = SeedDocuments.SEEDS.get(0);
        AgencyMatcher agencies = new AgencyMatcher(SeedDocuments.directory(dienBien), "DBN.SVHTTDL");
        ImportDtos.ImportProposal p = new DocumentImporter(SourceText.of(LETTER), agencies).propose("text");
        PlanDtos.NewPlan plan = p.plan();
        assertNull(p.number());
        assertEquals(DocumentKind.OFFICIAL_LETTER, plan.kind());
        assertEquals("QLVH", plan.draftingUnit());
        assertEquals("báo cáo kết quả phòng, chống mại dâm năm 2024", plan.subject());
        assertEquals("4256/KH-UBND", plan.legalBasis().get(0).number());
        List<String> leads = plan.tasks().stream().map(PlanDtos.NewTask::leadAgencyCode).toList();
        assertEquals(11, leads.size(), leads.toString());
        assertEquals("DBN.CAT", leads.get(10));
        PlanDtos.NewObligation report = plan.tasks().get(10).obligations().get(0);
        assertEquals(ObligationKind.ONCE, report.kind());
        assertEquals(LocalDate.of(2024, 11, 15), report.deadline());
        assertEquals(LocalDate.of(2023, 12, 15), report.dataFrom());
        assertEquals(LocalDate.of(2024, 11, 14), report.dataTo());
        assertEquals("DBN.SVHTTDL", report.reportToCode());
        assertEquals("DBN.SVHTTDL", report.consolidatorCode());
        assertEquals("DBN.UBND", report.upwardToCode());
    }
}
