package dev.annals.persistence;

import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.NewDocument;
import dev.annals.logic.search.SearchService;
import dev.annals.model.CodePoints;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A real SQLite library in a temporary folder, with the search index wired to it. */
final class SearchLibraryFixture implements AutoCloseable {

    final Database db;
    final SqliteDocumentStore documents;
    final SqliteSearchIndex index;
    final SearchService search;

    SearchLibraryFixture(Path folder) {
        db = Database.open(folder);
        documents = new SqliteDocumentStore(db);
        index = new SqliteSearchIndex(db);
        search = new SearchService(index);
    }

    long add(String title, PartialDate date, ConferenceKind kind, String text) {
        var metadata = new DocumentMetadata(title, date, null, kind, List.of());
        var doc = new NewDocument(metadata, text, Hashing.sha256(text), CodePoints.length(text), title + ".txt",
                text.getBytes(StandardCharsets.UTF_8), Instant.parse("2024-01-01T00:00:00Z"));
        return documents.insertAll(List.of(doc)).get(0);
    }

    long add(String title, String text) {
        return add(title, null, null, text);
    }

    long theme(String name, Long parent) {
        Sql.update(db.connection(), "INSERT INTO themes(name, color, parent_id) VALUES (?, '#336699', ?)", name, parent);
        return Sql.queryOne(db.connection(), "SELECT id FROM themes WHERE name = ?", rs -> rs.getLong(1), name).orElseThrow();
    }

    void annotate(long docId, long themeId, int start, int end, String note) {
        Sql.update(db.connection(), "INSERT INTO annotations(doc_id, theme_id, start_cp, end_cp, exact, note, text_sha256, created, modified)"
                + " VALUES (?, ?, ?, ?, '', ?, '', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')", docId, themeId, start, end, note);
    }

    @Override
    public void close() {
        db.close();
    }

    /** How many documents the full-text index holds. */
    int indexedDocuments() {
        return Sql.queryOne(db.connection(), "SELECT count(*) FROM search_fts", rs -> rs.getInt(1)).orElse(0);
    }
}
