package vn.phoihop.report.consolidation;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * The consolidated report as a Word document in the layout a Sở sends (Decree 30/2020/NĐ-CP): heading with the
 * superior and issuing agency and the national motto, number left blank for the clerk (văn thư), place and date,
 * title and subject, body with tables, Nơi nhận and the signature block. Times New Roman, A4.
 */
final class DocxExport {
    private static final String FONT = "Times New Roman";
    private static final int BODY = 13;

    static byte[] write(ConsolidationView view, OfficialHeader header) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            heading(doc, header);
            paragraph(doc, ParagraphAlignment.CENTER, 240, 0).run("BÁO CÁO", 14, true, false);
            paragraph(doc, ParagraphAlignment.CENTER, 0, 240).run(Labels.title(view), 14, true, false);

            body(doc, "Thực hiện " + (view.planNumber() == null ? "văn bản " + view.planId()
                    : vn.phoihop.platform.document.DocumentNames.of(view.planNumber()))
                    + ", " + header.issuerName()
                    + " tổng hợp kết quả thực hiện " + Labels.period(view) + " của các cơ quan, đơn vị như sau:");
            heading2(doc, "I. TÌNH HÌNH BÁO CÁO");
            body(doc, "Số cơ quan, đơn vị đã gửi báo cáo: " + view.reported() + "/" + view.expected() + ".");
            String coverage = Labels.coverage(view);
            if (coverage != null) {
                body(doc, coverage + ".");
            }
            heading2(doc, "II. KẾT QUẢ THỰC HIỆN");
            body(doc, "1. Kết quả theo chỉ tiêu");
            List<List<String>> totals = new java.util.ArrayList<>();
            totals.add(List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Số đơn vị báo cáo"));
            int n = 0;
            for (ConsolidationView.IndicatorTotal t : view.indicators()) {
                totals.add(List.of(String.valueOf(++n), t.name(), t.unit() == null ? "" : t.unit(),
                        Labels.number(t.total()), String.valueOf(t.agencies())));
            }
            table(doc, totals, 700, 4155, 1500, 1400, 1600);
            body(doc, "2. Kết quả theo đơn vị");
            table(doc, unitResults(view), 700, 3000, 1700, 3955);
            if (!view.targets().isEmpty()) {
                body(doc, "3. Tiến độ so với chỉ tiêu kế hoạch");
                table(doc, withoutCodes(Labels.targetTable(view)), 700, 4355, 1100, 1000, 1100, 1100);
            }
            heading2(doc, "III. CƠ QUAN, ĐƠN VỊ CHƯA BÁO CÁO");
            if (view.notReported().isEmpty()) {
                body(doc, "Tất cả các cơ quan, đơn vị đã gửi báo cáo.");
            } else {
                table(doc, withoutCodes(Labels.missingTable(view)), 700, 3400, 3005, 1250, 1000);
            }
            body(doc, "Trên đây là báo cáo tổng hợp kết quả thực hiện " + Labels.period(view) + "./.");
            doc.getParagraphs().get(doc.getParagraphs().size() - 1).setKeepNext(true);
            closing(doc, header);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4, margins of Decree 30/2020: top and bottom 2 cm, left 3 cm, right 1.5 cm. */
    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));
    }

    private static void heading(XWPFDocument doc, OfficialHeader header) {
        // a little wider than the text block, as Sở documents set it, so that each heading line fits on one line
        XWPFTable table = borderless(doc, 2, new int[]{4400, 5500});
        XWPFTableCell left = table.getRow(0).getCell(0);
        cellLine(left, header.superior(), 12, false, false, true);
        cellLine(left, header.issuer(), 12, true, false, false);
        rule(left, 1500);
        cellLine(left, header.numberLine(), 13, false, false, false);
        XWPFTableCell right = table.getRow(0).getCell(1);
        cellLine(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false, true);
        cellLine(right, "Độc lập - Tự do - Hạnh phúc", 13, true, false, false);
        rule(right, 1150);
        cellLine(right, header.dateLine(), 14, false, true, false);
    }

    /** The short line under the agency's name and under the motto. */
    private static void rule(XWPFTableCell cell, int indent) {
        XWPFParagraph p = cell.addParagraph();
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingAfter(120);
        p.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        Para.run(p, "", 2, false, false);
    }

    private static void closing(XWPFDocument doc, OfficialHeader header) {
        XWPFTable table = borderless(doc, 2, new int[]{4655, 4700});
        XWPFTableCell left = table.getRow(0).getCell(0);
        left.getParagraphs().get(0).setAlignment(ParagraphAlignment.LEFT);
        cellLine(left, "Nơi nhận:", 12, true, true, true, ParagraphAlignment.LEFT);
        if (header.superiorForCopy() != null) {
            cellLine(left, "- " + header.superiorForCopy() + " (b/c);", 11, false, false, false, ParagraphAlignment.LEFT);
        }
        cellLine(left, "- Các cơ quan, đơn vị báo cáo;", 11, false, false, false, ParagraphAlignment.LEFT);
        cellLine(left, "- Ban Giám đốc;", 11, false, false, false, ParagraphAlignment.LEFT);
        cellLine(left, "- Lưu: VT.", 11, false, false, false, ParagraphAlignment.LEFT);
        XWPFTableCell right = table.getRow(0).getCell(1);
        cellLine(right, "KT. GIÁM ĐỐC", 14, true, false, true);
        cellLine(right, "PHÓ GIÁM ĐỐC", 14, true, false, false);
        // room for the signature and the seal; the Nơi nhận and the signature stay on one page
        for (int i = 0; i < 4; i++) {
            cellLine(right, "", 14, false, false, false);
        }
        table.getRow(0).setCantSplitRow(true);
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

    private static XWPFTable borderless(XWPFDocument doc, int columns, int[] widths) {
        XWPFTable table = doc.createTable(1, columns);
        table.removeBorders();
        table.setTableAlignment(TableRowAlign.CENTER);
        fixed(table, widths);
        return table;
    }

    /** Column widths in twips (the text block of A4 with these margins is 9355 wide), kept as given. */
    private static void fixed(XWPFTable table, int... widths) {
        table.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.getRows().forEach(row -> {
            for (int c = 0; c < widths.length && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        });
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

    private static void cellLine(XWPFTableCell cell, String text, int size, boolean bold, boolean italic, boolean first) {
        cellLine(cell, text, size, bold, italic, first, ParagraphAlignment.CENTER);
    }

    private static void cellLine(XWPFTableCell cell, String text, int size, boolean bold, boolean italic, boolean first,
                                 ParagraphAlignment alignment) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        Para.run(p, text, size, bold, italic);
    }

    private static void heading2(XWPFDocument doc, String text) {
        paragraph(doc, ParagraphAlignment.LEFT, 120, 60).run(text, BODY, true, false);
    }

    private static void body(XWPFDocument doc, String text) {
        Para p = paragraph(doc, ParagraphAlignment.BOTH, 60, 60);
        p.p.setIndentationFirstLine(567);
        p.run(text, BODY, false, false);
    }

    /** A bordered table, header row bold; numbers right-aligned. */
    private static void table(XWPFDocument doc, List<List<String>> rows, int... widths) {
        int columns = rows.get(0).size();
        XWPFTable table = doc.createTable(rows.size(), columns);
        table.setTableAlignment(TableRowAlign.CENTER);
        fixed(table, widths);
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            boolean strong = r == 0 || (cells.size() > 1 && "Tổng cộng".equals(cells.get(1)));
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                XWPFParagraph p = cell.getParagraphs().get(0);
                String value = vietnamese(c < cells.size() ? cells.get(c) : "");
                p.setAlignment(r == 0 || c == 0 ? ParagraphAlignment.CENTER
                        : value.matches("-?[\\d.]+(,\\d+)?") ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                p.setSpacingAfter(0);
                Para.run(p, value, 11, strong, false);
            }
        }
        paragraph(doc, ParagraphAlignment.LEFT, 0, 0);
    }

    private static Para paragraph(XWPFDocument doc, ParagraphAlignment alignment, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return new Para(p);
    }

    private record Para(XWPFParagraph p) {
        Para run(String text, int size, boolean bold, boolean italic) {
            run(p, text, size, bold, italic);
            return this;
        }

        static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
            XWPFRun run = p.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(size);
            run.setBold(bold);
            run.setItalic(italic);
            run.setText(text);
        }
    }

    private DocxExport() {
    }
}
