package dev.annals.logic.library.formats;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * PDF with Apache PDFBox: text in reading order, paragraphs joined and de-hyphenated, repeated headers, footers
 * and page numbers dropped, combining marks kept on their letters and composed (NFC). Title, author and creation
 * date come from the document information dictionary, else from its XMP metadata.
 */
public final class PdfExtractor implements DocumentExtractor {

    private static final Logger LOG = Logger.getLogger(PdfExtractor.class.getName());
    static final int MAX_PAGES = 2000;

    @Override
    public List<ExtractedDocument> extract(byte[] bytes) throws FormatException {
        BundledFontMapper.install();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            List<String> warnings = new ArrayList<>();
            MarkMergingStripper stripper = new MarkMergingStripper();
            if (pages > MAX_PAGES) {
                stripper.setEndPage(MAX_PAGES);
                warnings.add("only the first " + MAX_PAGES + " of the PDF's " + pages + " pages were read");
            }
            String text = Normalizer.normalize(stripper.getText(pdf), Normalizer.Form.NFC);
            List<String> paragraphs = PdfParagraphs.of(pages(text));
            if (paragraphs.stream().allMatch(String::isBlank)) throw new FormatException("no text in this PDF (scanned?)");
            PdfMetadata meta = PdfMetadata.of(pdf);
            return List.of(new ExtractedDocument(paragraphs, meta.title(), meta.author(), meta.date(), warnings));
        } catch (InvalidPasswordException e) {
            throw new FormatException("password protected");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "cannot read a PDF", e);
            throw new FormatException("the PDF cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Each page's paragraphs, each paragraph's lines, from the stripper's marked-up text. */
    private static List<List<List<String>>> pages(String text) {
        List<List<List<String>>> pages = new ArrayList<>();
        for (String page : text.split(MarkMergingStripper.PAGE_END, -1)) {
            List<List<String>> paragraphs = PdfLines.paragraphs(page);
            if (!paragraphs.isEmpty()) pages.add(paragraphs);
        }
        return pages;
    }
}
