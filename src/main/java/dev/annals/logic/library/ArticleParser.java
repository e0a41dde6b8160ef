package dev.annals.logic.library;

import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of an article file (.txt, .md, .html, .htm) into normalized text and metadata: decodes them
 * (encoding detected from the bytes), extracts the article from HTML, normalizes, removes page chrome, then reads
 * the title, date, source, people and conference kind from the text.
 */
public class ArticleParser {

    private final TextDecoder decoder = new TextDecoder();
    private final HtmlExtractor html = new HtmlExtractor();

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
        String body = ArticleLayout.withoutDateHeader(text);
        if (body.isBlank()) throw new ImportFailure(page != null ? "the page has no article text" : "the file has no text");
        return new ParsedArticle(body, metadata(layout, body, page), warnings);
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
