package dev.annals.logic.annotate;

/** An undoable change given as two actions; after either one it tells the listeners what changed. */
record SimpleCommand(String label, Runnable undoAction, Runnable redoAction, Runnable announce) implements UndoableCommand {

    @Override
    public void undo() {
        undoAction.run();
        announce.run();
    }

    @Override
    public void redo() {
        redoAction.run();
        announce.run();
    }
}
