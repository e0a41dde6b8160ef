package dev.annals.logic.library;

import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of an article file (.txt, .md, .html, .htm) into normalized text and metadata: decodes them
 * (encoding detected from the bytes), extracts the article from HTML, normalizes, removes page chrome, then reads
 * the title, date, source, people and conference kind from the text. Document files (.pdf, .docx, .odt, .epub)
 * go through their format's extractor first ({@link FormatArticles}).
 */
public class ArticleParser {

    private final TextDecoder decoder = new TextDecoder();
    private final HtmlExtractor html = new HtmlExtractor();
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
        if (HtmlExtractor.isHtml(fileName, raw)) {
            page = html.extract(raw);
            raw = page.text();
        }
        String text = TextNormalizer.join(Boilerplate.remove(TextNormalizer.lines(raw)));
        if (text.isBlank()) throw new ImportFailure(page != null ? "the page has no article text" : "the file has no text");
        String knownTitle = page == null ? null : TextNormalizer.normalize(page.title() == null ? "" : page.title());
        ArticleLayout layout = ArticleLayout.of(text, knownTitle == null || knownTitle.isBlank() ? null : knownTitle);
        return new ParsedArticle(text, metadata(layout, text, page), warnings);
    }

    private static DocumentMetadata metadata(ArticleLayout layout, String text, HtmlArticle page) {
        String title = page != null && page.title() != null
                ? TextNormalizer.normalize(page.title())
                : TitleExtractor.find(layout).orElse(null);
        PartialDate date = DateExtractor.find(layout, page == null ? null : page.date()).orElse(null);
        String source = SourceExtractor.find(layout.paragraphs())
                .orElse(page == null || page.siteName() == null ? null : TextNormalizer.normalize(page.siteName()));
        String lower = LowerCase.of(text);
        return new DocumentMetadata(title, date, source, ConferenceKindClassifier.classify(layout, lower).orElse(null),
                PeopleExtractor.find(text, lower));
    }
}
