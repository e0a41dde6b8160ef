package dev.annals.logic.library.formats;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes PDFs for tests with PDFBox and the bundled Noto Sans: pages of paragraphs (lines 14 pt apart, a blank
 * line between paragraphs), optional header and footer lines, and Vietnamese drawn letter by letter with each
 * combining mark as its own show-text operation, set a little apart from its letter.
 */
public final class PdfFixture {

    private static final float SIZE = 11;
    private final PDDocument doc = new PDDocument();
    private final PDFont font;
    private final List<Consumer<PDDocument>> finishing = new ArrayList<>();

    public PdfFixture() throws IOException {
        try (InputStream in = PdfFixture.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
            font = PDType0Font.load(doc, in);
        }
    }

    /** A page: header line, paragraphs (each a list of lines), footer line; null header or footer for none. */
    public PdfFixture page(String header, List<List<String>> paragraphs, String footer, boolean marksApart) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            float y = 800;
            if (header != null) draw(content, header, 60, y, false);
            y -= 40;
            for (List<String> paragraph : paragraphs) {
                for (String line : paragraph) {
                    draw(content, line, 60, y, marksApart);
                    y -= 14;
                }
                y -= 14;
            }
            if (footer != null) draw(content, footer, 280, 30, false);
            content.endText();
        }
        return this;
    }

    /**
     * A page as a word processor sets text with no space between paragraphs: each paragraph wrapped into lines of at
     * most {@code width} points (a word goes to the next line only when it does not fit), lines 14 pt apart, so a
     * paragraph ends only where its last line stops short.
     */
    public PdfFixture flowingPage(List<String> paragraphs, float width) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            float y = 800;
            for (String paragraph : paragraphs) {
                for (String line : wrap(paragraph, width)) {
                    draw(content, line, 60, y, false);
                    y -= 14;
                }
            }
            content.endText();
        }
        return this;
    }

    /** Greedy wrapping, as word processors do. */
    public List<String> wrap(String paragraph, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : paragraph.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(longer) / 1000 * SIZE > width) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        if (!line.isEmpty()) lines.add(line);
        return lines;
    }

    /** A page with a grey rectangle and no text, like a scan without a text layer. */
    public PdfFixture scannedPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.setNonStrokingColor(0.5f, 0.5f, 0.5f);
            content.addRect(50, 50, 400, 600);
            content.fill();
        }
        return this;
    }

    public PdfFixture info(String title, String author, Calendar created) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreationDate(created);
        doc.setDocumentInformation(info);
        return this;
    }

    public PdfFixture xmp(String xml) {
        finishing.add(d -> {
            try {
                var metadata = new org.apache.pdfbox.pdmodel.common.PDMetadata(d, new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                d.getDocumentCatalog().setMetadata(metadata);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return this;
    }

    public PdfFixture password(String user) {
        finishing.add(d -> {
            try {
                var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", user,
                        new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
                policy.setEncryptionKeyLength(128);
                d.protect(policy);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return this;
    }

    public byte[] bytes() throws IOException {
        finishing.forEach(f -> f.accept(doc));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        doc.close();
        return out.toByteArray();
    }

    /** Draws a line glyph by glyph (NFD), each combining mark shifted right and up from where its letter ended. */
    private void draw(PDPageContentStream content, String text, float x, float y, boolean marksApart) throws IOException {
        if (!marksApart) {
            content.setFont(font, SIZE);
            content.setTextMatrix(Matrix.getTranslateInstance(x, y));
            content.showText(text);
            return;
        }
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        float at = x;
        for (int i = 0; i < nfd.length(); ) {
            int cp = nfd.codePointAt(i);
            String glyph = new String(Character.toChars(cp));
            i += Character.charCount(cp);
            boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK;
            content.setFont(font, SIZE);
            content.setTextMatrix(Matrix.getTranslateInstance(mark ? at - 3.5f : at, mark ? y + 2.5f : y));
            content.showText(glyph);
            if (!mark) at += font.getStringWidth(glyph) / 1000 * SIZE;
        }
    }
}
