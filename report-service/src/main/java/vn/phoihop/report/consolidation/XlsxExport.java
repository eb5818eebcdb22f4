package vn.phoihop.report.consolidation;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The consolidation as an Excel workbook (Apache POI): numbers as numbers, one sheet per table. */
final class XlsxExport {

    static byte[] write(ConsolidationView view) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet summary = workbook.createSheet("Tổng hợp");
            int next = 0;
            next = text(summary, next, bold, Labels.title(view));
            next = text(summary, next, null, "Đơn vị tổng hợp: " + view.issuerName());
            next = text(summary, next, null, "Số đơn vị đã báo cáo: " + view.reported() + "/" + view.expected());
            String coverage = Labels.coverage(view);
            if (coverage != null) {
                next = text(summary, next, null, coverage);
            }
            table(summary, next + 1, bold, Labels.unitTable(view));
            table(workbook.createSheet("Chỉ tiêu kế hoạch"), 0, bold, Labels.targetTable(view));
            table(workbook.createSheet("Chưa báo cáo"), 0, bold, Labels.missingTable(view));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int text(Sheet sheet, int at, CellStyle style, String text) {
        Cell cell = sheet.createRow(at).createCell(0);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return at + 1;
    }

    /** First row is the header (bold); cells that are numbers (other than the STT column) are written as numbers. */
    private static void table(Sheet sheet, int at, CellStyle bold, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(at + r);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = row.createCell(c);
                String value = cells.get(c);
                if (r > 0 && c > 0 && value.matches("-?\\d+(\\.\\d+)?")) {
                    cell.setCellValue(Double.parseDouble(value));
                } else {
                    cell.setCellValue(value);
                }
                if (r == 0 || (r == rows.size() - 1 && "Tổng cộng".equals(cells.size() > 1 ? cells.get(1) : null))) {
                    cell.setCellStyle(bold);
                }
            }
        }
        if (!rows.isEmpty()) {
            for (int c = 0; c < rows.get(0).size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(6, widest(rows, c))) * 256);
            }
        }
    }

    private static int widest(List<List<String>> rows, int column) {
        return rows.stream().filter(r -> r.size() > column).mapToInt(r -> r.get(column).length() + 2).max().orElse(10);
    }

    private XlsxExport() {
    }
}
