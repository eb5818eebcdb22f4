package vn.phoihop.report.consolidation;

import vn.phoihop.platform.document.OfficialDocx;
import vn.phoihop.platform.document.OfficialHeading;

import java.util.List;

/**
 * The consolidated report as a Word document in the layout a Sở sends (Decree 30/2020/NĐ-CP): heading with the
 * superior and issuing agency and the national motto, number left blank for the clerk (văn thư), place and date,
 * title and subject, body with tables, Nơi nhận and the signature block; the layout itself is {@link OfficialDocx}.
 */
final class DocxExport {
    static byte[] write(ConsolidationView view, OfficialHeading header) {
        OfficialDocx doc = OfficialDocx.a4()
                .heading(header, header.numberLine("BC"), header.blankDateLine(), null)
                .centred("BÁO CÁO", 14, true, 240, 0)
                .centred(Labels.title(view), 14, true, 0, 240)
                .body("Thực hiện " + (view.planNumber() == null ? "văn bản " + view.planId()
                        : vn.phoihop.platform.document.DocumentNames.of(view.planNumber()))
                        + ", " + header.issuerName()
                        + " tổng hợp kết quả thực hiện " + Labels.period(view) + " của các cơ quan, đơn vị như sau:")
                .section("I. TÌNH HÌNH BÁO CÁO")
                .body("Số cơ quan, đơn vị đã gửi báo cáo: " + view.reported() + "/" + view.expected() + ".");
        String coverage = Labels.coverage(view);
        if (coverage != null) {
            doc.body(coverage + ".");
        }
        doc.section("II. KẾT QUẢ THỰC HIỆN").body("1. Kết quả theo chỉ tiêu");
        List<List<String>> totals = new java.util.ArrayList<>();
        totals.add(List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Số đơn vị báo cáo"));
        int n = 0;
        for (ConsolidationView.IndicatorTotal t : view.indicators()) {
            totals.add(List.of(String.valueOf(++n), t.name(), t.unit() == null ? "" : t.unit(),
                    Labels.number(t.total()), String.valueOf(t.agencies())));
        }
        doc.table(inWords(totals), 700, 4155, 1500, 1400, 1600);
        doc.body("2. Kết quả theo đơn vị");
        doc.table(inWords(unitResults(view)), 700, 3000, 1700, 3955);
        if (!view.targets().isEmpty()) {
            doc.body("3. Tiến độ so với chỉ tiêu kế hoạch");
            doc.table(inWords(withoutCodes(Labels.targetTable(view))), 700, 4355, 1100, 1000, 1100, 1100);
        }
        doc.section("III. CƠ QUAN, ĐƠN VỊ CHƯA BÁO CÁO");
        if (view.notReported().isEmpty()) {
            doc.body("Tất cả các cơ quan, đơn vị đã gửi báo cáo.");
        } else {
            doc.table(inWords(withoutCodes(Labels.missingTable(view))), 700, 3400, 3005, 1250, 1000);
        }
        doc.body("Trên đây là báo cáo tổng hợp kết quả thực hiện " + Labels.period(view) + "./.").keepWithNext();
        List<String> recipients = new java.util.ArrayList<>();
        if (header.superiorForCopy() != null) {
            recipients.add("- " + header.superiorForCopy() + " (b/c);");
        }
        recipients.addAll(List.of("- Các cơ quan, đơn vị báo cáo;", "- Ban Giám đốc;", "- Lưu: VT."));
        return doc.closing(recipients, header.signature()).bytes();
    }

    /** Every cell with its numbers written the Vietnamese way. */
    private static List<List<String>> inWords(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(DocxExport::vietnamese).toList()).toList();
    }

    /** 150000 as 150.000 and 23.5 as 23,5, as Vietnamese documents write numbers; other text unchanged. */
    static String vietnamese(String value) {
        if (!value.matches("-?\\d+(\\.\\d+)?")) {
            return value;
        }
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.####", symbols);
        return format.format(new java.math.BigDecimal(value));
    }

    /** The agency and indicator codes are for machines; the signed document names things in words. */
    private static List<List<String>> withoutCodes(List<List<String>> rows) {
        return rows.stream().map(row -> {
            List<String> copy = new java.util.ArrayList<>(row);
            copy.remove(2);
            return (List<String>) copy;
        }).toList();
    }

    /** Per agency, its results in words: a portrait page has no room for one column per indicator. */
    static List<List<String>> unitResults(ConsolidationView view) {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("STT", "Đơn vị", "Tình trạng báo cáo", "Kết quả"));
        int n = 0;
        for (ConsolidationView.Unit unit : view.units()) {
            if (unit.reports() == 0) {
                continue;
            }
            List<String> results = new java.util.ArrayList<>();
            for (ConsolidationView.IndicatorTotal t : view.indicators()) {
                java.math.BigDecimal value = unit.own().get(t.code());
                if (value != null) {
                    results.add(t.name() + ": " + vietnamese(Labels.number(value)) + (t.unit() == null ? "" : " " + t.unit()));
                }
            }
            rows.add(List.of(String.valueOf(++n), unit.name(),
                    String.join(", ", unit.statuses().stream().map(Labels::status).toList())
                            + (unit.lateReports() > 0 ? " (nộp muộn)" : ""),
                    String.join("; ", results)));
        }
        return rows;
    }

    private DocxExport() {
    }
}
