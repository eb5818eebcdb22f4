package vn.phoihop.plan.importer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.phoihop.platform.problem.Problem;
import vn.phoihop.platform.problem.ProblemException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;

/** Turns an upload (plain text, DOCX, PDF with a text layer) into text, within the size and page limits. */
public final class DocumentReader {
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The text and the format it was read from. */
    public record Read(String text, String format) {
    }

    private final int maxBytes;
    private final int maxPages;

    public DocumentReader(int maxBytes, int maxPages) {
        this.maxBytes = maxBytes;
        this.maxPages = maxPages;
    }

    public Read read(byte[] body, String mediaType) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("file", "empty: send the document as the request body");
        }
        if (body.length > maxBytes) {
            throw new ProblemException(413, "Document too large", "file: larger than " + maxBytes / 1024 / 1024 + " MB",
                    List.of(new Problem.FieldError("file", "larger than " + maxBytes + " bytes")));
        }
        String type = mediaType == null ? "" : mediaType.toLowerCase();
        if (type.startsWith("application/pdf") || startsWith(body, "%PDF")) {
            return new Read(pdf(body), "pdf");
        }
        if (type.startsWith(DOCX) || startsWith(body, "PK")) {
            return new Read(docx(body), "docx");
        }
        if (type.startsWith("text/plain") || type.isEmpty() || type.startsWith("application/octet-stream")) {
            return new Read(utf8(body), "text");
        }
        throw new ProblemException(415, "Unsupported document", "file: send text/plain, a DOCX or a PDF",
                List.of(new Problem.FieldError("file", "unsupported type " + mediaType)));
    }

    private static boolean startsWith(byte[] body, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        if (body.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (body[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("file", "not UTF-8 text (save the document as UTF-8, or upload the DOCX)");
        }
    }

    static String docx(byte[] body) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    text.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    // the header (issuer | national motto) is a table: left column first, then right
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                text.append(p.getText()).append('\n');
                            }
                        }
                    }
                }
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("file", "not a readable DOCX document");
        }
    }

    String pdf(byte[] body) {
        try (PDDocument doc = Loader.loadPDF(body)) {
            if (doc.getNumberOfPages() > maxPages) {
                throw new ProblemException(413, "Document too long", "file: more than " + maxPages + " pages",
                        List.of(new Problem.FieldError("file", doc.getNumberOfPages() + " pages, at most " + maxPages)));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // wrapped lines of one paragraph come back as one line; paragraphs end with a line break
            stripper.setLineSeparator(" ");
            stripper.setParagraphEnd("\n");
            String text = stripper.getText(doc);
            long letters = text.chars().filter(Character::isLetter).count();
            if (letters < 20L * Math.max(1, doc.getNumberOfPages()) / 2) {
                throw new ProblemException(422, "No text in the PDF",
                        "file: the PDF has no text layer (a scanned image); run OCR on it or upload the DOCX",
                        List.of(new Problem.FieldError("file", "no text layer: a scanned PDF cannot be read")));
            }
            return text;
        } catch (IOException e) {
            throw ProblemException.invalid("file", "not a readable PDF document");
        }
    }
}
