package dev.annals.logic.annotate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The one undo history of a library session, shared by every annotation and theme operation. The UI's
 * Ctrl+Z / Ctrl+Shift+Z call {@link #undo()} / {@link #redo()}. An undone or redone command publishes what it
 * changed once the history is up to date, so whoever hears it finds {@link #canUndo()} and {@link #canRedo()} true.
 */
public final class UndoHistory {

    public static final int LIMIT = 200;

    private final Deque<UndoableCommand> undo = new ArrayDeque<>();
    private final Deque<UndoableCommand> redo = new ArrayDeque<>();

    private final ThreadLocal<List<UndoableCommand>> group = new ThreadLocal<>();

    /** Records a change that has just been done; it clears the redo list. */
    public void record(UndoableCommand command) {
        List<UndoableCommand> open = group.get();
        if (open != null) {
            open.add(command);
            return;
        }
        synchronized (this) {
            redo.clear();
            UndoableCommand last = undo.peekLast();
            if (last == null || !last.absorb(command)) {
                undo.addLast(command);
                if (undo.size() > LIMIT) undo.removeFirst();
            }
        }
    }

    /** Undoes the latest change; false when there is none. */
    public boolean undo() {
        UndoableCommand command;
        synchronized (this) {
            command = undo.pollLast();
            if (command == null) return false;
            try {
                command.undo();
            } catch (RuntimeException e) {
                undo.addLast(command);
                throw e;
            }
            redo.addLast(command);
        }
        command.announce();
        return true;
    }

    /** Redoes the latest undone change; false when there is none. */
    public boolean redo() {
        UndoableCommand command;
        synchronized (this) {
            command = redo.pollLast();
            if (command == null) return false;
            try {
                command.redo();
            } catch (RuntimeException e) {
                redo.addLast(command);
                throw e;
            }
            undo.addLast(command);
        }
        command.announce();
        return true;
    }

    public synchronized boolean canUndo() { return !undo.isEmpty(); }

    public synchronized boolean canRedo() { return !redo.isEmpty(); }

    public synchronized Optional<String> undoLabel() { return Optional.ofNullable(undo.peekLast()).map(UndoableCommand::label); }

    public synchronized Optional<String> redoLabel() { return Optional.ofNullable(redo.peekLast()).map(UndoableCommand::label); }

    /** Runs {@code work}; the changes it records become one undo step. */
    public void asOneStep(String label, Runnable work) {
        if (group.get() != null) {
            work.run();
            return;
        }
        List<UndoableCommand> done = new java.util.ArrayList<>();
        group.set(done);
        try {
            work.run();
        } finally {
            group.remove();
        }
        if (!done.isEmpty()) record(new CompositeCommand(label, done));
    }

    /** Starts a new step: the next note edit will not merge into the previous one. */
    public void seal() {
        synchronized (this) {
            UndoableCommand last = undo.peekLast();
            if (last instanceof Sealable s) s.seal();
        }
    }

    public synchronized void clear() {
        undo.clear();
        redo.clear();
    }

    private record CompositeCommand(String label, List<UndoableCommand> steps) implements UndoableCommand {
        @Override
        public void undo() {
            for (int i = steps.size() - 1; i >= 0; i--) steps.get(i).undo();
        }

        @Override
        public void redo() {
            steps.forEach(UndoableCommand::redo);
        }

        @Override
        public void announce() {
            steps.forEach(UndoableCommand::announce);
        }
    }

    /** A command that can stop absorbing later ones. */
    interface Sealable {
        void seal();
    }
}
