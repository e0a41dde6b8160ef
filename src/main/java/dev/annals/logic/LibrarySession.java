package dev.annals.logic;

import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.logic.annotate.AnnotationService;
import dev.annals.logic.annotate.ThemeService;
import dev.annals.logic.annotate.UndoHistory;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.export.ExportServices;
import dev.annals.logic.library.DocumentService;
import dev.annals.logic.library.ImportService;
import dev.annals.logic.library.LibrarySettings;
import dev.annals.logic.library.MemoStore;
import dev.annals.logic.qda.ProjectImportService;
import dev.annals.logic.search.SearchService;
import dev.annals.logic.timeline.ConferenceService;
import dev.annals.logic.timeline.TimelineService;

import java.nio.file.Path;

/** An open library and the use cases that work on it. Closing it releases the library for other processes. */
public interface LibrarySession extends AutoCloseable {

    Path folder();

    /** The documents: listed, read, their metadata edited, deleted. */
    DocumentService documents();

    ImportService importer();

    LibrarySettings settings();

    SearchService search();

    /** The conferences on the timeline. */
    ConferenceService timeline();

    /** What the timeline view shows: conferences with their themes, and themes over time. */
    TimelineService timelineService();

    /** Themes, annotations, text correction with re-anchoring, the theme browser and the shared undo history. */
    AnnotateServices annotate();

    default ThemeService themes() { return annotate().themes(); }

    default AnnotationService annotations() { return annotate().annotations(); }

    default UndoHistory undoHistory() { return annotate().undoHistory(); }

    /** Tagging every hit of a search with a theme. */
    default dev.annals.logic.autocode.AutoCoder autoCoder() {
        return new dev.annals.logic.autocode.AutoCoder(search(), annotations(), themes(), java.time.Clock.systemUTC());
    }

    /** Which themes occur together, by overlap, paragraph or document. */
    default dev.annals.logic.analysis.CooccurrenceService cooccurrence() {
        return new dev.annals.logic.analysis.CooccurrenceService(annotations(), themes(), documents(), timeline());
    }

    /** 2–4 conferences side by side. */
    default dev.annals.logic.analysis.ConferenceComparison comparison() {
        return new dev.annals.logic.analysis.ConferenceComparison(timeline(), annotations(), themes(), documents());
    }

    /** The people the articles name, with their documents, conferences and ranks over time. */
    default dev.annals.logic.people.PeopleIndex people() {
        return new dev.annals.logic.people.PeopleIndex(documents(), timeline(), personEdits());
    }

    /** The user's merges, splits and renames of people, applied whenever the people are listed. */
    default dev.annals.logic.people.PersonEditStore personEdits() {
        return dev.annals.logic.people.PersonEditStore.NONE;
    }

    /** Merging, splitting and renaming people, each one step of the undo history. */
    default dev.annals.logic.people.PeopleEditor peopleEditor() {
        return new dev.annals.logic.people.PeopleEditor(people(), personEdits(), undoHistory(), changes());
    }

    /** Export of notes to files, and import of Web Annotation files back. */
    ExportServices export();

    /** Every write the use cases above commit, as it is committed. */
    LibraryChanges changes();

    default LibraryCounts counts() { return new LibraryCounts(documents().count(), annotations().count()); }
    /**
     * Tells {@code action} (on a background thread) if the library turns out to be damaged after it was opened: a
     * large library is checked in the background, and writes wait for that check. By default: never.
     */
    default void whenDamaged(java.util.function.Consumer<RuntimeException> action) {
    }

    /** Import of REFI-QDA projects and codebooks. */
    ProjectImportService projects();

    /** Memos about documents, themes, conferences and the library, e.g. from imported projects. */
    MemoStore memos();

    /** The memo written beside a document, a theme or a conference. */
    default dev.annals.logic.memo.MemoService memoService() {
        return new dev.annals.logic.memo.MemoService(memos(), changes(), java.time.Clock.systemUTC());
    }

    @Override
    void close();
}
