package vn.phoihop.plan.importer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.phoihop.events.EventJson;
import vn.phoihop.plan.importer.names.AgencyEntry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The three source documents, their hand-made fixtures and directories, and DOCX and PDF made from their text. */
final class SeedDocuments {
    record Seed(String file, String fixture, String directory) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("000_5139f71748b5c36d.txt", "plan-dien-bien-2022-stttt.json", "agencies-dien-bien.json"),
            new Seed("002_58b7e47f5c4ddbfd.txt", "plan-dien-bien-4256-2021.json", "agencies-dien-bien.json"),
            new Seed("003_294adc736efcfdd5.txt", "plan-dak-nong-2020.json", "agencies-dak-nong.json"));

    /** The shared read-only copy next to the repository when there is one, else the copy committed with the tests. */
    static String text(Seed seed) {
        for (Path dir : List.of(Path.of("../../shared/seeds"), Path.of("../shared/seeds"))) {
            Path p = dir.resolve(seed.file());
            if (Files.isReadable(p)) {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return resource("/seeds/" + seed.file());
    }

    static JsonNode fixture(Seed seed) {
        try {
            return EventJson.MAPPER.readTree(resource("/demo/" + seed.fixture()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<AgencyEntry> directory(Seed seed) {
        try {
            List<Map<String, String>> rows = EventJson.MAPPER.readValue(resource("/demo/" + seed.directory()),
                    new TypeReference<>() {
                    });
            return rows.stream().map(r -> new AgencyEntry(r.get("code"), r.get("name"), r.get("shortName"), r.get("symbol"),
                    r.get("kind"), r.get("parentCode"), r.get("provinceCode"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = SeedDocuments.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One DOCX paragraph per line of the text. */
    static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                doc.createParagraph().createRun().setText(line.replace("**", ""));
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 pages with the text wrapped at the margin and a blank line between paragraphs, in a Vietnamese-capable font. */
    static byte[] pdf(String text) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font;
            try (InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                font = PDType0Font.load(doc, ttf);
            }
            float size = 10;
            float leading = 13;
            float margin = 56;
            float width = PDRectangle.A4.getWidth() - 2 * margin;
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n")) {
                String p = paragraph.replace("**", "").strip();
                if (p.isEmpty()) {
                    continue;
                }
                StringBuilder line = new StringBuilder();
                for (String word : p.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                        lines.add(line.toString());
                        line = new StringBuilder(word);
                    } else {
                        line = new StringBuilder(candidate);
                    }
                }
                lines.add(line.toString());
                lines.add("");
            }
            PDPageContentStream content = null;
            float y = 0;
            for (String line : lines) {
                if (content == null || y < margin) {
                    if (content != null) {
                        content.endText();
                        content.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    content = new PDPageContentStream(doc, page);
                    content.beginText();
                    content.setFont(font, size);
                    y = PDRectangle.A4.getHeight() - margin;
                    content.newLineAtOffset(margin, y);
                }
                if (!line.isEmpty()) {
                    content.showText(line);
                }
                content.newLineAtOffset(0, -leading);
                y -= leading;
            }
            if (content != null) {
                content.endText();
                content.close();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SeedDocuments() {
    }
}
