package dev.annals.logic.annotate;

/** An undoable change given as two actions, and what to publish after either one. */
record SimpleCommand(String label, Runnable undoAction, Runnable redoAction, Runnable publish) implements UndoableCommand {

    @Override
    public void undo() {
        undoAction.run();
    }

    @Override
    public void redo() {
        redoAction.run();
    }

    @Override
    public void announce() {
        publish.run();
    }
}
