package dev.annals.app;

import dev.annals.logic.LibraryOpener;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.logic.library.ArticleParser;
import dev.annals.logic.library.ImportService;
import dev.annals.logic.library.SeedCorpus;
import dev.annals.logic.search.SearchService;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteAnnotationStore;
import dev.annals.persistence.SqliteDocumentStore;
import dev.annals.persistence.SqliteSearchIndex;
import dev.annals.persistence.SqliteSettings;
import dev.annals.persistence.SqliteThemeStore;

import java.nio.file.Path;
import java.time.Clock;

/** Opens a library folder and wires the use cases to it; a new library gets the bundled corpus. */
final class SessionFactory implements LibraryOpener {

    private final Clock clock;
    private final boolean seed;

    SessionFactory(Clock clock, boolean seed) {
        this.clock = clock;
        this.seed = seed;
    }

    @Override
    public LibrarySession open(Path folder) {
        Database db = Database.open(folder, clock);
        try {
            var documents = new SqliteDocumentStore(db);
            var settings = new SqliteSettings(db);
            var importer = new ImportService(documents, new ArticleParser(), clock);
            var annotate = AnnotateServices.create(new SqliteThemeStore(db), new SqliteAnnotationStore(db), documents, settings, clock);
            var session = new AnnalsSession(db, documents, importer, settings, new SearchService(new SqliteSearchIndex(db)), annotate);
            if (seed) SeedCorpus.seedIfNew(documents, settings, importer);
            if (seed) annotate.starterCodebook().installIfNew();
            return session;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
