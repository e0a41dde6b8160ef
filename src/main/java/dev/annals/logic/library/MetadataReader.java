package dev.annals.logic.library;

import dev.annals.model.DocumentMetadata;

/**
 * Reads an article's metadata with what the file states first (docs/decisions/0103): the title of a header or of
 * the page's markup, else the headline; the stated date unless the text says the same more precisely; the stated
 * source, else the one the text names, else the site.
 */
final class MetadataReader {

    private MetadataReader() {
    }

    static DocumentMetadata read(String text, Statement stated) {
        ArticleLayout layout = ArticleLayout.of(text, stated.title(), stated.date() == null ? null : stated.date().date());
        String title = stated.title() != null ? stated.title() : TitleExtractor.find(layout).orElse(null);
        Dated date = DateExtractor.find(layout, stated.date()).orElse(null);
        String source = stated.source() != null ? stated.source()
                : SourceExtractor.find(layout.paragraphs()).orElse(stated.siteName());
        String lower = LowerCase.of(text);
        return new DocumentMetadata(title, date == null ? null : date.date(), source,
                ConferenceKindClassifier.classify(layout, lower).orElse(null), PeopleExtractor.find(text, lower),
                date == null ? null : date.source(), stated.fields());
    }
}
