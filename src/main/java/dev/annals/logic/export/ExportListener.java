package dev.annals.logic.export;

/** Hears how far a long export has got and may ask it to stop. */
public interface ExportListener {

    ExportListener NONE = new ExportListener() {
    };

    default void progress(long done, long total) {
    }

    default boolean cancelled() {
        return false;
    }
}
