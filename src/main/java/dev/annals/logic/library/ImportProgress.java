package dev.annals.logic.library;

/** Receives progress of a long import and can ask it to stop between files. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    default void fileDone(int done, int total, String path) {
    }

    default boolean cancelRequested() {
        return false;
    }
}
