package dev.annals.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves the focus to the next or previous control in the window's order, for a control that takes Tab for itself
 * (RichTextFX's area does, even read-only), so that a keyboard user is never trapped in it. JavaFX 21 has no
 * public way to ask for the traversal.
 */
public final class FocusSteps {

    private FocusSteps() {
    }

    public static void move(Node from, boolean forward) {
        if (from.getScene() == null) return;
        List<Node> stops = new ArrayList<>();
        collect(from.getScene().getRoot(), from, stops);
        int at = stops.indexOf(from);
        if (stops.size() < 2 || at < 0) return;
        stops.get(Math.floorMod(at + (forward ? 1 : -1), stops.size())).requestFocus();
    }

    private static void collect(Node node, Node from, List<Node> stops) {
        if (!node.isVisible() || node.isDisabled()) return;
        if (node == from || node.isFocusTraversable()) stops.add(node);
        if (node != from && node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, from, stops);
    }
}
