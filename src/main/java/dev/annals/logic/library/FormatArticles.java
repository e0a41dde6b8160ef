package dev.annals.logic.library;

import dev.annals.logic.library.formats.DocxExtractor;
import dev.annals.logic.library.formats.DocumentExtractor;
import dev.annals.logic.library.formats.EpubExtractor;
import dev.annals.logic.library.formats.ExtractedDocument;
import dev.annals.logic.library.formats.FormatException;
import dev.annals.logic.library.formats.OdtExtractor;
import dev.annals.logic.library.formats.PdfExtractor;
import dev.annals.model.DateSource;
import dev.annals.model.DocumentMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Articles from document files (PDF, DOCX, ODT, EPUB): the format's extractor gives paragraphs and the file's own
 * metadata; the text then goes through the same normalisation and article rules as a text file. The article's own
 * headline and dateline win over the file's metadata, which is often technical (a PDF's creation date is when it
 * was printed, its title may be a file name); the file's title and date fill in what the text does not say.
 */
final class FormatArticles {

    private static final Pattern UNUSABLE_TITLE = Pattern.compile("(?iu)^(?:microsoft\\s+word\\s*-.*|untitled.*|document\\d*|"
            + "tài liệu\\d*|.*\\.(?:docx?|pdf|odt|txt|rtf|html?|epub))$");

    private final Map<String, DocumentExtractor> extractors = Map.of(
            "pdf", new PdfExtractor(),
            "docx", new DocxExtractor(),
            "odt", new OdtExtractor(),
            "epub", new EpubExtractor(VietnameseDates::anyFullDate));

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    Optional<DocumentExtractor> forFile(String fileName) {
        return Optional.ofNullable(extractors.get(extension(fileName)));
    }

    List<ParsedArticle> parse(DocumentExtractor extractor, byte[] bytes) throws ImportFailure {
        List<ExtractedDocument> documents;
        try {
            documents = extractor.extract(bytes);
        } catch (FormatException e) {
            throw new ImportFailure(e.getMessage());
        }
        List<ParsedArticle> out = new ArrayList<>();
        for (ExtractedDocument doc : documents) out.add(article(doc));
        return out;
    }

    private static ParsedArticle article(ExtractedDocument doc) throws ImportFailure {
        String text = TextNormalizer.join(Boilerplate.remove(TextNormalizer.lines(doc.text())));
        if (text.isBlank()) throw new ImportFailure("the file has no text");
        ArticleLayout layout = ArticleLayout.of(text, null);
        String fileTitle = doc.title() == null ? null : TextNormalizer.normalize(doc.title());
        boolean usable = fileTitle != null && !fileTitle.isBlank() && fileTitle.length() <= 250 && !UNUSABLE_TITLE.matcher(fileTitle).matches();
        String title = layout.headline().map(TitleExtractor::withoutMarkup).filter(t -> !t.isBlank())
                .or(() -> usable ? Optional.of(fileTitle) : TitleExtractor.find(layout)).orElse(null);
        Dated fromFile = doc.date() == null ? null : new Dated(doc.date(), DateSource.PAGE_METADATA);
        Dated date = DateExtractor.find(layout).orElse(fromFile);
        String lower = LowerCase.of(text);
        DocumentMetadata metadata = new DocumentMetadata(title, date == null ? null : date.date(),
                SourceExtractor.find(layout.paragraphs()).orElse(null), ConferenceKindClassifier.classify(layout, lower).orElse(null),
                PeopleExtractor.find(text, lower), date == null ? null : date.source(), java.util.List.of());
        ExtractedDocument.Part part = doc.part();
        String body = ArticleLayout.withoutDateHeader(text);
        if (body.isBlank()) throw new ImportFailure("the file has no text");
        return new ParsedArticle(body, metadata, doc.warnings(), part == null ? null : part.name(), part == null ? null : part.bytes());
    }
}
