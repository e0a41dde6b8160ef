package dev.annals.logic.library.formats;

import dev.annals.model.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * EPUB books: the spine's XHTML documents in order, read with jsoup, one paragraph per block. An EPUB is one
 * document, unless it is clearly a collection of articles: at least two chapters, each with its own heading and
 * a date in its first lines. Then each chapter is a document, with a warning that says so.
 */
public final class EpubExtractor implements DocumentExtractor {

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dt, dd, figcaption, div";
    private static final int DATE_WITHIN = 3;

    private final Function<String, Optional<PartialDate>> dateIn;

    /** {@code dateIn} finds a full date written in a line of text (the article rules' own reading of dates). */
    public EpubExtractor(Function<String, Optional<PartialDate>> dateIn) {
        this.dateIn = dateIn;
    }

    private record Chapter(String heading, PartialDate date, List<String> paragraphs, ExtractedDocument.Part part) {
    }

    @Override
    public List<ExtractedDocument> extract(byte[] bytes) throws FormatException {
        SafeZip.Entries zip = SafeZip.read(new ByteArrayInputStream(bytes), SafeZip.Limits.DOCUMENT, name -> true, "the EPUB");
        EpubPackage book = EpubPackage.read(zip);
        List<Chapter> chapters = new ArrayList<>();
        for (String entry : book.spine()) {
            byte[] xhtml = zip.get(entry);
            if (xhtml == null) throw new FormatException("the EPUB's chapter " + entry + " is missing");
            Chapter chapter = chapter(xhtml, entry);
            if (!chapter.paragraphs.isEmpty()) chapters.add(chapter);
        }
        if (chapters.isEmpty()) throw new FormatException("the EPUB has no text");
        CoreProperties meta = book.metadata();
        if (chapters.size() >= 2 && chapters.stream().allMatch(c -> c.heading != null && c.date != null)) {
            String note = "this EPUB is a collection of " + chapters.size() + " dated articles: one document per chapter";
            return chapters.stream().map(c -> new ExtractedDocument(c.paragraphs, c.heading, meta.author(), c.date, List.of(note), c.part)).toList();
        }
        List<String> all = chapters.stream().flatMap(c -> c.paragraphs.stream()).toList();
        return List.of(new ExtractedDocument(all, meta.title(), meta.author(), meta.created(), List.of()));
    }

    private Chapter chapter(byte[] xhtml, String entry) throws FormatException {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(xhtml), null, "");
        } catch (IOException e) {
            throw new FormatException("the EPUB's chapter " + entry + " cannot be read: " + e.getMessage());
        }
        Elements blocks = page.body().select(BLOCKS);
        List<String> paragraphs = new ArrayList<>();
        String heading = null;
        for (Element block : blocks) {
            if (!block.select(BLOCKS).stream().allMatch(e -> e == block)) continue; // its inner blocks speak for it
            String text = Paragraphs.clean(block.text());
            if (text.isEmpty()) continue;
            if (heading == null && block.tagName().matches("h[1-3]")) heading = text;
            paragraphs.add(text);
        }
        PartialDate date = null;
        for (int i = 0; i < Math.min(DATE_WITHIN + 1, paragraphs.size()) && date == null; i++) {
            date = dateIn.apply(paragraphs.get(i)).orElse(null);
        }
        String name = entry.substring(entry.lastIndexOf('/') + 1);
        return new Chapter(heading, date, paragraphs, new ExtractedDocument.Part(name, xhtml));
    }
}
