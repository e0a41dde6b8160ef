package dev.annals.ui.reader;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.function.BooleanSupplier;

/** The reader's keys: Ctrl+F find, F3 / Shift+F3 next/previous, Ctrl+= / Ctrl+- / Ctrl+0 text size, Esc. */
final class ReaderKeys {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.F3);
    private static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination[] LARGER = {
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN)};
    private static final KeyCombination[] SMALLER = {
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN)};
    private static final KeyCombination[] RESET = {
            new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN)};

    private ReaderKeys() {
    }

    static void install(Node root, ReaderViewModel vm, Runnable openFind, Runnable closeFind, BooleanSupplier findOpen) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) openFind.run();
            else if (PREVIOUS.match(e)) vm.find().previous();
            else if (NEXT.match(e)) vm.find().next();
            else if (any(LARGER, e)) vm.font().larger();
            else if (any(SMALLER, e)) vm.font().smaller();
            else if (any(RESET, e)) vm.font().reset();
            else if (e.getCode() == KeyCode.ESCAPE && findOpen.getAsBoolean()) closeFind.run();
            else return;
            e.consume();
        });
    }

    private static boolean any(KeyCombination[] combinations, KeyEvent e) {
        for (KeyCombination c : combinations) if (c.match(e)) return true;
        return false;
    }

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination[] REDO = {
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN)};

    /** Ctrl+Z / Ctrl+Shift+Z undo and redo annotation changes, unless a text field or the text being edited has focus. */
    static void installUndo(Node root, ReaderAnnotations annotations, ReaderArea area) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (focus instanceof javafx.scene.control.TextInputControl || area.isEditable()) return;
            if (UNDO.match(e)) annotations.undo();
            else if (any(REDO, e)) annotations.redo();
            else return;
            e.consume();
        });
    }
}
