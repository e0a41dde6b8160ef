package dev.annals.logic.annotate;

import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.LibrarySettings;

import java.time.Clock;

/** The annotation use cases of one library session, sharing one undo history; their writes go to {@code changes}. */
public record AnnotateServices(ThemeService themes, AnnotationService annotations, TextCorrection textCorrection,
                               ThemeBrowser themeBrowser, StarterCodebook starterCodebook, StarterExamples starterExamples,
                               UndoHistory undoHistory) {

    /** Services whose example marks live in memory only (libraries of tests and the bench). */
    public static AnnotateServices create(ThemeStore themeStore, AnnotationStore annotationStore, DocumentStore documents,
                                          LibrarySettings settings, Clock clock, LibraryChanges changes) {
        return create(themeStore, annotationStore, documents, ExampleMarks.inMemory(), settings, clock, changes);
    }

    public static AnnotateServices create(ThemeStore themeStore, AnnotationStore annotationStore, DocumentStore documents,
                                          ExampleMarks marks, LibrarySettings settings, Clock clock, LibraryChanges changes) {
        UndoHistory history = new UndoHistory();
        ThemeService themes = new ThemeService(themeStore, annotationStore, history, changes);
        return new AnnotateServices(themes,
                new AnnotationService(annotationStore, themeStore, documents, history, changes, clock),
                new TextCorrection(documents, annotationStore, history, changes, clock),
                new ThemeBrowser(annotationStore, documents, themeStore),
                new StarterCodebook(themes, settings, history),
                new StarterExamples(new StarterExamples.Stores(annotationStore, documents, marks, settings), themes, history, changes, clock),
                history);
    }
}
