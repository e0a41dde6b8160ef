package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.ImportService;
import dev.annals.logic.library.LibrarySettings;
import dev.annals.logic.search.SearchService;
import dev.annals.persistence.Database;

import java.nio.file.Path;

/** An open library with its use cases wired to SQLite. */
record AnnalsSession(Database database, DocumentStore documents, ImportService importer,
                     LibrarySettings settings, SearchService search, AnnotateServices annotate) implements LibrarySession {

    @Override
    public Path folder() {
        return database.folder();
    }

    @Override
    public void close() {
        database.close();
    }
}
