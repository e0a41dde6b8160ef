package dev.annals.logic.annotate;

import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.LibrarySettings;

import java.time.Clock;

/** The annotation use cases of one library session, sharing one undo history and one event channel. */
public record AnnotateServices(ThemeService themes, AnnotationService annotations, TextCorrection textCorrection,
                               ThemeBrowser themeBrowser, StarterCodebook starterCodebook, UndoHistory undoHistory,
                               AnnotateEvents events) {

    public static AnnotateServices create(ThemeStore themeStore, AnnotationStore annotationStore, DocumentStore documents,
                                          LibrarySettings settings, Clock clock) {
        UndoHistory history = new UndoHistory();
        AnnotateEvents events = new AnnotateEvents();
        ThemeService themes = new ThemeService(themeStore, annotationStore, history, events);
        return new AnnotateServices(themes,
                new AnnotationService(annotationStore, themeStore, documents, history, events, clock),
                new TextCorrection(documents, annotationStore, history, events, clock),
                new ThemeBrowser(annotationStore, documents),
                new StarterCodebook(themes, settings, history),
                history, events);
    }
}
