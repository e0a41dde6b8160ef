package dev.annals.app;

import dev.annals.logic.LibraryOpener;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.export.ExportServices;
import dev.annals.logic.library.ArticleParser;
import dev.annals.logic.library.DocumentService;
import dev.annals.logic.library.ImportService;
import dev.annals.logic.library.SeedCorpus;
import dev.annals.logic.qda.ProjectImportService;
import dev.annals.logic.search.SearchService;
import dev.annals.logic.timeline.ConferenceService;
import dev.annals.logic.timeline.TimelineService;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteAnnotationStore;
import dev.annals.persistence.SqliteConferenceStore;
import dev.annals.persistence.SqliteDocumentStore;
import dev.annals.persistence.SqliteExampleMarks;
import dev.annals.persistence.SqliteMemoStore;
import dev.annals.persistence.SqliteTransactor;
import dev.annals.persistence.SqliteSearchIndex;
import dev.annals.persistence.SqliteSettings;
import dev.annals.persistence.SqliteThemeStore;

import java.nio.file.Path;
import java.time.Clock;

/** Opens a library folder and wires the use cases to it; a new library gets the bundled corpus. */
public final class SessionFactory implements LibraryOpener {

    private final Clock clock;
    private final boolean seed;
    private final Database.Mode mode;
    private final boolean examples;

    public SessionFactory(Clock clock, boolean seed) {
        this(clock, seed, Database.Mode.COMMAND);
    }

    /** {@code seed}: a new library gets the bundled articles, the starter codebook and the example annotations. */
    public SessionFactory(Clock clock, boolean seed, Database.Mode mode) {
        this(clock, seed, mode, seed);
    }

    private SessionFactory(Clock clock, boolean seed, Database.Mode mode, boolean examples) {
        this.clock = clock;
        this.seed = seed;
        this.mode = mode;
        this.examples = examples;
    }

    /** Seeds new libraries with the articles and the codebook but no example annotations (a blank page to tag). */
    public static SessionFactory seedsWithoutExamples(Clock clock, Database.Mode mode) {
        return new SessionFactory(clock, true, mode, false);
    }

    @Override
    public LibrarySession open(Path folder) {
        Database db = Database.open(folder, clock, mode);
        try {
            var changes = new LibraryChanges();
            var documents = new SqliteDocumentStore(db);
            var settings = new SqliteSettings(db);
            var parser = new ArticleParser();
            var importer = new ImportService(documents, parser, clock, changes);
            var themeStore = new SqliteThemeStore(db);
            var annotationStore = new SqliteAnnotationStore(db);
            var annotate = AnnotateServices.create(themeStore, annotationStore, documents, new SqliteExampleMarks(db), settings, clock, changes);
            var conferences = new ConferenceService(new SqliteConferenceStore(db), documents, changes);
            var memos = new SqliteMemoStore(db);
            var export = ExportServices.create(annotationStore, themeStore, annotate, documents, settings, clock, db.folder(),
                    new dev.annals.logic.memo.MemoExports(memos, conferences));
            var projects = new ProjectImportService(new ProjectImportService.Stores(documents, themeStore, annotationStore, memos),
                    parser, new SqliteTransactor(db), changes, clock);
            var session = new AnnalsSession(db, new DocumentService(documents, changes), importer, settings,
                    new SearchService(new SqliteSearchIndex(db)), conferences, annotate,
                    new TimelineService(conferences, documents, annotationStore, themeStore), export, changes, projects, memos,
                    new dev.annals.persistence.SqlitePersonEdits(db));
            if (seed) {
                boolean seededNow = !SeedCorpus.seedIfNew(documents, settings, importer).isEmpty();
                annotate.starterCodebook().installIfNew();
                if (seededNow && examples) annotate.starterExamples().installIfNew();
            }
            return session;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
