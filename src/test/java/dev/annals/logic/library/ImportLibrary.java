package dev.annals.logic.library;

import dev.annals.logic.changes.LibraryChanges;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteDocumentStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** A SQLite library in a folder with the import service on it, and a folder of files to import, for tests. */
final class ImportLibrary implements AutoCloseable {

    final Database db;
    final SqliteDocumentStore store;
    final ImportService importer;
    private final Path incoming;

    ImportLibrary(Path dir) {
        db = Database.open(dir.resolve("library"));
        store = new SqliteDocumentStore(db);
        importer = new ImportService(store, new ArticleParser(), Clock.systemUTC(), new LibraryChanges());
        incoming = dir.resolve("in");
    }

    Path write(String name, byte[] bytes) throws java.io.IOException {
        Files.createDirectories(incoming);
        return Files.write(incoming.resolve(name), bytes);
    }

    Path incoming() {
        return incoming;
    }

    @Override
    public void close() {
        db.close();
    }
}
