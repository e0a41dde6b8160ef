package dev.annals.logic.annotate;

import java.util.function.BiConsumer;

/** A note changed; the edits that follow on the same annotation merge into one undo step until sealed. */
final class NoteEdit implements UndoableCommand, UndoHistory.Sealable {

    private final long annotationId;
    private final String before;
    private String after;
    private boolean sealed;
    private final BiConsumer<Long, String> save;
    private final Runnable announce;

    NoteEdit(long annotationId, String before, String after, BiConsumer<Long, String> save, Runnable announce) {
        this.annotationId = annotationId;
        this.before = before;
        this.after = after;
        this.save = save;
        this.announce = announce;
    }

    @Override
    public String label() { return "edit note"; }

    @Override
    public void undo() { save.accept(annotationId, before); }

    @Override
    public void redo() { save.accept(annotationId, after); }

    @Override
    public void announce() { announce.run(); }

    @Override
    public boolean absorb(UndoableCommand next) {
        if (sealed || !(next instanceof NoteEdit edit) || edit.annotationId != annotationId) return false;
        after = edit.after;
        return true;
    }

    @Override
    public void seal() { sealed = true; }
}
