package dev.annals.testing;

import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.NewDocument;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteAnnotationStore;
import dev.annals.persistence.SqliteDocumentStore;
import dev.annals.persistence.SqliteSettings;
import dev.annals.persistence.SqliteThemeStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A real SQLite library in a temporary folder with the annotation services wired to it, for tests. */
public final class AnnotateLibrary implements AutoCloseable {

    public final Database db;
    public final SqliteDocumentStore documents;
    public final SqliteSettings settings;
    public final AnnotateServices services;
    public final LibraryChanges changes = new LibraryChanges();

    public AnnotateLibrary(Path folder) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        db = Database.open(folder, clock);
        documents = new SqliteDocumentStore(db);
        settings = new SqliteSettings(db);
        services = AnnotateServices.create(new SqliteThemeStore(db), new SqliteAnnotationStore(db), documents, settings, clock, changes);
    }

    /** Stores a document with this title, date ("2021-06" etc., or null) and text; returns its id. */
    public long addDocument(String title, String date, String text) {
        DocumentMetadata metadata = new DocumentMetadata(title, date == null ? null : PartialDate.parseIso(date), null, null, List.of());
        NewDocument doc = new NewDocument(metadata, text, Hashing.sha256(text), text.codePointCount(0, text.length()),
                title + ".txt", text.getBytes(StandardCharsets.UTF_8), Instant.parse("2026-01-01T00:00:00Z"));
        return documents.insertAll(List.of(doc)).get(0);
    }

    @Override
    public void close() {
        db.close();
    }
}
