package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.export.ExportServices;
import dev.annals.logic.library.DocumentService;
import dev.annals.logic.library.ImportService;
import dev.annals.logic.library.LibrarySettings;
import dev.annals.logic.library.MemoStore;
import dev.annals.logic.people.PersonEditStore;
import dev.annals.logic.qda.ProjectImportService;
import dev.annals.logic.search.SearchService;
import dev.annals.logic.timeline.ConferenceService;
import dev.annals.logic.timeline.TimelineService;
import dev.annals.persistence.Database;

import java.nio.file.Path;

/** An open library with its use cases wired to SQLite. */
record AnnalsSession(Database database, DocumentService documents, ImportService importer,
                     LibrarySettings settings, SearchService search, ConferenceService timeline,
                     AnnotateServices annotate, TimelineService timelineService, ExportServices export,
                     LibraryChanges changes, ProjectImportService projects, MemoStore memos,
                     PersonEditStore personEdits) implements LibrarySession {

    @Override
    public Path folder() {
        return database.folder();
    }

    @Override
    public void whenDamaged(java.util.function.Consumer<RuntimeException> action) {
        database.whenDamaged(action);
    }

    @Override
    public void close() {
        database.close();
    }
}
