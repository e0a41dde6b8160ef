package dev.annals.ui.search;

import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.logic.autocode.AutoCoder;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.NewDocument;
import dev.annals.logic.search.SearchService;
import dev.annals.model.CodePoints;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteDocumentStore;
import dev.annals.persistence.SqliteAnnotationStore;
import dev.annals.persistence.SqliteSearchIndex;
import dev.annals.persistence.SqliteSettings;
import dev.annals.persistence.SqliteThemeStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A real library with a few articles, for the search view's tests. */
final class SearchLibrary implements AutoCloseable {

    final Database db;
    final SqliteDocumentStore documents;
    final SearchService search;
    final LibraryChanges changes = new LibraryChanges();
    final AnnotateServices annotate;
    final AutoCoder autoCoder;

    SearchLibrary(Path folder) {
        db = Database.open(folder);
        documents = new SqliteDocumentStore(db);
        search = new SearchService(new SqliteSearchIndex(db));
        annotate = AnnotateServices.create(new SqliteThemeStore(db), new SqliteAnnotationStore(db), documents, new SqliteSettings(db),
                Clock.systemUTC(), changes);
        autoCoder = new AutoCoder(search, annotate.annotations(), annotate.themes(), Clock.systemUTC());
    }

    long add(String title, int year, String text) {
        var doc = new NewDocument(new DocumentMetadata(title, PartialDate.ofYear(year), null, null, List.of()), text,
                Hashing.sha256(text), CodePoints.length(text), title, text.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        return documents.insertAll(List.of(doc)).get(0);
    }

    @Override
    public void close() {
        db.close();
    }
}
