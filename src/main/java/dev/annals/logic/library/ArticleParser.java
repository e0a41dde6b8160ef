package dev.annals.logic.library;

import dev.annals.logic.library.html.HtmlArticle;
import dev.annals.logic.library.html.HtmlPage;
import dev.annals.logic.library.meta.ConlluText;
import dev.annals.logic.library.meta.TextHeader;
import dev.annals.model.DocumentMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the bytes of an article file (.txt, .md, .html, .htm) into normalized text and metadata: decodes them
 * (encoding detected from the bytes), extracts the article from HTML or sets a text file's metadata header apart,
 * normalizes, removes page chrome, then reads the title, date, source, people and conference kind. Every import
 * path (command line, drop, File › Import) comes through here. Document files (.pdf, .docx, .odt, .epub) go
 * through their format's extractor first ({@link FormatArticles}).
 */
public class ArticleParser {

    private final TextDecoder decoder = new TextDecoder();
    private final FormatArticles formats = new FormatArticles();

    /** The articles in a file: one, except for an EPUB that is a collection of articles. */
    public List<ParsedArticle> parseAll(String fileName, byte[] bytes) throws ImportFailure {
        var extractor = formats.forFile(fileName);
        return extractor.isPresent() ? formats.parse(extractor.get(), bytes) : List.of(parse(fileName, bytes));
    }

    public ParsedArticle parse(String fileName, byte[] bytes) throws ImportFailure {
        DecodedText decoded = decoder.decode(bytes);
        List<String> warnings = new ArrayList<>(decoded.warnings());
        String raw = decoded.text();
        HtmlArticle page = null;
        if (HtmlPage.isHtml(fileName, raw)) {
            page = HtmlPage.read(raw);
            warnings.addAll(page.warnings());
            raw = page.text();
        }
        List<String> lines = LongLines.wrap(TextNormalizer.lines(raw), warnings);
        if (page == null) lines = ConlluText.read(lines).orElse(lines);
        Optional<TextHeader> header = page == null ? TextHeader.read(lines) : Optional.empty();
        if (header.isPresent()) lines = lines.subList(header.get().bodyStart(), lines.size());
        String text = TextNormalizer.join(Boilerplate.remove(lines));
        if (text.isBlank()) {
            throw new ImportFailure(page != null ? "the page has no article text"
                    : header.isPresent() ? "the file has a metadata header but no text" : "the file has no text");
        }
        Statement stated = page != null ? Statement.of(page) : header.map(Statement::of).orElse(Statement.NONE);
        DocumentMetadata metadata = MetadataReader.read(text, stated);
        String body = ArticleLayout.withoutDateHeader(text);
        if (body.isBlank()) throw new ImportFailure("the file has a metadata header but no text");
        return new ParsedArticle(body, metadata, warnings);
    }
}
