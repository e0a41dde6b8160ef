package dev.annals.logic.annotate;

/**
 * A change that has been done and can be undone and redone. Commands are recorded after they succeed, so
 * {@link #undo()} always starts from the state the change left.
 */
public interface UndoableCommand {

    /** A short English description, e.g. "delete theme an ninh trật tự", for menus and the log. */
    String label();

    void undo();

    void redo();

    /** Publishes what undo or redo changed; the history calls it once its own state is up to date. */
    default void announce() {
    }

    /**
     * Folds {@code next}, done right after this one, into this command when they form one step for the user
     * (typing in a note). Returns false when they stay separate steps.
     */
    default boolean absorb(UndoableCommand next) {
        return false;
    }
}
