package dev.annals.logic.annotate;

import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.LibrarySettings;

import java.time.Clock;

/** The annotation use cases of one library session, sharing one undo history; their writes go to {@code changes}. */
public record AnnotateServices(ThemeService themes, AnnotationService annotations, TextCorrection textCorrection,
                               ThemeBrowser themeBrowser, StarterCodebook starterCodebook, UndoHistory undoHistory) {

    public static AnnotateServices create(ThemeStore themeStore, AnnotationStore annotationStore, DocumentStore documents,
                                          LibrarySettings settings, Clock clock, LibraryChanges changes) {
        UndoHistory history = new UndoHistory();
        ThemeService themes = new ThemeService(themeStore, annotationStore, history, changes);
        return new AnnotateServices(themes,
                new AnnotationService(annotationStore, themeStore, documents, history, changes, clock),
                new TextCorrection(documents, annotationStore, history, changes, clock),
                new ThemeBrowser(annotationStore, documents, themeStore),
                new StarterCodebook(themes, settings, history),
                history);
    }
}
