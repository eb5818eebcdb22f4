package vn.phoihop.platform.document;

import org.apache.poi.xwpf.usermodel.Borders;
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
import java.util.Arrays;
import java.util.List;

/**
 * An administrative document as a Word file in the layout of Decree 30/2020/NĐ-CP (Appendix I): A4 with its
 * margins, Times New Roman; the heading with the superior and issuing body, the number, the national motto and
 * place and date; for an official letter the V/v under the number; the body; Nơi nhận beside the signature block,
 * kept together on one page. Services that write documents (the consolidated report, the urging notice) fill it
 * with their own text; this class only knows the layout. Needs POI (poi-ooxml) on the service's class path.
 */
public final class OfficialDocx {
    private static final String FONT = "Times New Roman";
    /** Body text size (13–14 pt in the decree). */
    public static final int BODY = 13;

    private final XWPFDocument doc = new XWPFDocument();

    private OfficialDocx() {
        page();
    }

    public static OfficialDocx a4() {
        return new OfficialDocx();
    }

    /**
     * The heading: superior and issuer over a short rule and the number on the left, the motto over a short rule
     * and place and date on the right; {@code subjectLine} ("V/v đôn đốc …"), when given, under the number as an
     * official letter carries it.
     */
    public OfficialDocx heading(OfficialHeading heading, String numberLine, String dateLine, String subjectLine) {
        // a little wider than the text block, as Sở documents set it, so that each heading line fits on one line
        XWPFTable table = borderless(new int[]{4400, 5500});
        XWPFTableCell left = table.getRow(0).getCell(0);
        cellLine(left, heading.superior(), 12, false, false, true, ParagraphAlignment.CENTER);
        cellLine(left, heading.issuer(), 12, true, false, false, ParagraphAlignment.CENTER);
        rule(left, 1500);
        cellLine(left, numberLine, 13, false, false, false, ParagraphAlignment.CENTER);
        if (subjectLine != null) {
            cellLine(left, subjectLine, 12, false, false, false, ParagraphAlignment.CENTER);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        cellLine(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false, true, ParagraphAlignment.CENTER);
        cellLine(right, "Độc lập - Tự do - Hạnh phúc", 13, true, false, false, ParagraphAlignment.CENTER);
        rule(right, 1150);
        cellLine(right, dateLine, 14, false, true, false, ParagraphAlignment.CENTER);
        return this;
    }

    /** A centred line ("BÁO CÁO", its title, "Kính gửi: …"). */
    public OfficialDocx centred(String text, int size, boolean bold, int before, int after) {
        run(paragraph(ParagraphAlignment.CENTER, before, after), text, size, bold, false);
        return this;
    }

    /** A section heading of the body ("I. TÌNH HÌNH BÁO CÁO"). */
    public OfficialDocx section(String text) {
        run(paragraph(ParagraphAlignment.LEFT, 120, 60), text, BODY, true, false);
        return this;
    }

    /** A paragraph of the body, justified, first line indented. */
    public OfficialDocx body(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 60, 60);
        p.setIndentationFirstLine(567);
        run(p, text, BODY, false, false);
        return this;
    }

    /** Keeps the last paragraph on the page of what follows (the closing "./." with Nơi nhận and the signature). */
    public OfficialDocx keepWithNext() {
        doc.getParagraphs().get(doc.getParagraphs().size() - 1).setKeepNext(true);
        return this;
    }

    /**
     * A bordered table of text cells as given, header row and any "Tổng cộng" row bold, the first column centred,
     * numbers (Vietnamese notation, 150.000 or 23,5) right-aligned; widths in twips (the text block is 9355 wide).
     */
    public OfficialDocx table(List<List<String>> rows, int... widths) {
        int columns = rows.get(0).size();
        XWPFTable table = doc.createTable(rows.size(), columns);
        table.setTableAlignment(TableRowAlign.CENTER);
        fixed(table, widths);
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            boolean strong = r == 0 || (cells.size() > 1 && "Tổng cộng".equals(cells.get(1)));
            for (int c = 0; c < columns; c++) {
                XWPFParagraph p = table.getRow(r).getCell(c).getParagraphs().get(0);
                String value = c < cells.size() ? cells.get(c) : "";
                p.setAlignment(r == 0 || c == 0 ? ParagraphAlignment.CENTER
                        : value.matches("-?[\\d.]+(,\\d+)?") ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                p.setSpacingAfter(0);
                run(p, value, 11, strong, false);
            }
        }
        paragraph(ParagraphAlignment.LEFT, 0, 0);
        return this;
    }

    /**
     * Nơi nhận (each line as given, "- Như trên;" … "- Lưu: VT.") beside the signature block ("KT. GIÁM ĐỐC",
     * "PHÓ GIÁM ĐỐC", room for the signature and seal), which never splits across pages.
     */
    public OfficialDocx closing(List<String> recipients, List<String> signature) {
        XWPFTable table = borderless(new int[]{4655, 4700});
        XWPFTableCell left = table.getRow(0).getCell(0);
        cellLine(left, "Nơi nhận:", 12, true, true, true, ParagraphAlignment.LEFT);
        recipients.forEach(line -> cellLine(left, line, 11, false, false, false, ParagraphAlignment.LEFT));
        XWPFTableCell right = table.getRow(0).getCell(1);
        for (int i = 0; i < signature.size(); i++) {
            cellLine(right, signature.get(i), 14, true, false, i == 0, ParagraphAlignment.CENTER);
        }
        for (int i = 0; i < 4; i++) {
            cellLine(right, "", 14, false, false, false, ParagraphAlignment.CENTER);
        }
        table.getRow(0).setCantSplitRow(true);
        return this;
    }

    public byte[] bytes() {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4, margins of Decree 30/2020: top and bottom 2 cm, left 3 cm, right 1.5 cm. */
    private void page() {
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

    /** The short line under the agency's name and under the motto. */
    private static void rule(XWPFTableCell cell, int indent) {
        XWPFParagraph p = cell.addParagraph();
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingAfter(120);
        p.setBorderBottom(Borders.SINGLE);
        run(p, "", 2, false, false);
    }

    private XWPFTable borderless(int[] widths) {
        XWPFTable table = doc.createTable(1, widths.length);
        table.removeBorders();
        table.setTableAlignment(TableRowAlign.CENTER);
        fixed(table, widths);
        return table;
    }

    /** Column widths in twips, kept as given. */
    private static void fixed(XWPFTable table, int... widths) {
        table.setWidth(String.valueOf(Arrays.stream(widths).sum()));
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

    private static void cellLine(XWPFTableCell cell, String text, int size, boolean bold, boolean italic, boolean first,
                                 ParagraphAlignment alignment) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        run(p, text, size, bold, italic);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }
}
