package dev.annals.ui.reader;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.annotate.AnnotationService;
import dev.annals.logic.annotate.TextCorrection;
import dev.annals.logic.annotate.ThemeService;
import dev.annals.logic.annotate.UndoHistory;
import dev.annals.logic.library.DocumentService;
import dev.annals.logic.library.ReadingPositions;

/** The use cases the reader works with: documents, reading positions, the codebook, annotations, text correction and undo. */
public record ReaderServices(DocumentService documents, ReadingPositions positions, ThemeService themes,
                             AnnotationService annotations, TextCorrection textCorrection, UndoHistory undoHistory) {

    /** The reader's use cases of an open library. */
    public static ReaderServices of(LibrarySession session) {
        var annotate = session.annotate();
        return new ReaderServices(session.documents(), new ReadingPositions(session.settings()), annotate.themes(),
                annotate.annotations(), annotate.textCorrection(), annotate.undoHistory());
    }
}
