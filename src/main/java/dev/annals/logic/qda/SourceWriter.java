package dev.annals.logic.qda;

import dev.annals.logic.library.ArticleParser;
import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.ImportFailure;
import dev.annals.logic.library.MemoStore;
import dev.annals.logic.library.NewDocument;
import dev.annals.logic.library.TextNormalizer;
import dev.annals.model.CodePoints;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.Memo;
import dev.annals.model.PartialDate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a text source into a document, or finds the document that already has its normalized text (merged).
 * The title is the source's name; a description that is a date (as Annals writes it) is the date; any other
 * description, and the notes about the source, are kept as memos of the document. The rest of the metadata is
 * read from the text as for any imported article.
 */
final class SourceWriter {

    /** The document a source became, and its normalized text. */
    record Placed(long docId, String text, String sha256, boolean isNew) {
    }

    private final DocumentStore documents;
    private final MemoStore memos;
    private final ArticleParser parser;
    private final ReportBuilder report;
    private final String origin;
    private final Instant now;
    private final Map<String, Long> newBySha = new HashMap<>();

    SourceWriter(DocumentStore documents, MemoStore memos, ArticleParser parser, ReportBuilder report, String origin, Instant now) {
        this.documents = documents;
        this.memos = memos;
        this.parser = parser;
        this.report = report;
        this.origin = origin;
        this.now = now;
    }

    Optional<Placed> write(SourceTexts.Loaded loaded, Map<String, QdaProject.Note> notes) {
        QdaProject.Source s = loaded.source();
        String name = s.name() == null ? s.guid() : s.name();
        String text = TextNormalizer.normalize(loaded.text());
        if (text.isBlank()) {
            report.skipped("source", name, "the source has no text");
            s.selections().forEach(sel -> report.skipped("selection", sel.name(), "its source has no text"));
            return Optional.empty();
        }
        String sha = Hashing.sha256(text);
        Optional<Long> existing = documents.findIdBySha256(sha).or(() -> Optional.ofNullable(newBySha.get(sha)));
        long docId;
        if (existing.isPresent()) {
            docId = existing.get();
            report.merged("source", name, "the library already has this text (document #" + docId + ")");
        } else {
            NewDocument doc = new NewDocument(metadata(name, text, s.description()), text, sha, CodePoints.length(text),
                    fileName(name), loaded.bytes(), now);
            docId = documents.insertAll(List.of(doc)).get(0);
            newBySha.put(sha, docId);
            report.imported("source");
        }
        String description = CodebookWriter.clean(s.description());
        if (!description.isEmpty() && PartialDate.tryParseIso(description).isEmpty()) memo(docId, "Description", description);
        for (String ref : s.noteRefs()) {
            QdaProject.Note note = notes.get(ref);
            if (note != null) memo(docId, note.name(), note.text());
        }
        return Optional.of(new Placed(docId, text, sha, existing.isEmpty()));
    }

    void memo(long docId, String title, String text) {
        memos.insert(new Memo(0, docId, null, title, text, origin, now));
        report.memo();
    }

    private DocumentMetadata metadata(String name, String text, String description) {
        DocumentMetadata read;
        try {
            read = parser.parse(fileName(name), text.getBytes(StandardCharsets.UTF_8)).metadata();
        } catch (ImportFailure e) {
            read = DocumentMetadata.empty();
        }
        PartialDate date = PartialDate.tryParseIso(description == null ? null : description.strip()).orElse(read.date());
        return new DocumentMetadata(title(name), date, read.source(), read.kind(), read.people());
    }

    /** The source's name without the extension of the file it was made from. */
    static String title(String name) {
        return TextNormalizer.normalize(name.replaceFirst("(?i)\\.(txt|docx?|odt|rtf|pdf|html?|md|epub)$", ""));
    }

    private static String fileName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".txt") ? name : title(name) + ".txt";
    }
}
