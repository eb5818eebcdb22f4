package vn.phoihop.report.consolidation;

import vn.phoihop.platform.csv.CsvCells;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV for Excel: UTF-8 with a byte order mark (so Excel reads the diacritics), RFC 4180 quoting, CRLF. */
final class CsvExport {
    private static final String BOM = "\uFEFF";

    static byte[] write(ConsolidationView view) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, List.of(Labels.title(view)));
        line(csv, List.of("Đơn vị tổng hợp", view.issuerName()));
        line(csv, List.of("Số đơn vị đã báo cáo", view.reported() + "/" + view.expected()));
        String coverage = Labels.coverage(view);
        if (coverage != null) {
            line(csv, List.of(coverage));
        }
        csv.append("\r\n");
        Labels.unitTable(view).forEach(row -> line(csv, row));
        if (!view.targets().isEmpty()) {
            csv.append("\r\n");
            line(csv, List.of("Tiến độ so với chỉ tiêu kế hoạch"));
            Labels.targetTable(view).forEach(row -> line(csv, row));
        }
        csv.append("\r\n");
        line(csv, List.of("Đơn vị chưa báo cáo"));
        Labels.missingTable(view).forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String quote(String cell) {
        // a leading = + - @, tab or carriage return would be run as a formula by a spreadsheet: neutralise it
        String value = cell == null ? "" : CsvCells.neutralise(cell);
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private CsvExport() {
    }
}
