package dev.annals.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * What a screen reader should say for a cell drawn as a graphic: the words of its labels and texts, in order.
 * A list cell whose text is null is otherwise read as nothing.
 */
public final class SpokenText {

    private SpokenText() {
    }

    /** Keeps a cell's accessible text that of the graphic it shows. */
    public static void follow(javafx.scene.control.Cell<?> cell) {
        cell.graphicProperty().addListener((o, was, now) -> cell.setAccessibleText(now == null ? null : of(now)));
    }

    public static String of(Node graphic) {
        List<String> parts = new ArrayList<>();
        collect(graphic, parts);
        return String.join(", ", parts);
    }

    /** Runs of a text flow belong together: they are joined without a separator. */
    private static void collect(Node node, List<String> parts) {
        if (node == null || !node.isVisible()) return;
        if (node instanceof Labeled l) {
            add(parts, l.getText());
        } else if (node instanceof Text t) {
            add(parts, t.getText());
        } else if (node instanceof javafx.scene.text.TextFlow flow) {
            StringBuilder run = new StringBuilder();
            for (Node child : flow.getChildren()) if (child instanceof Text t && t.getText() != null) run.append(t.getText());
            add(parts, run.toString());
        } else if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) collect(child, parts);
        }
    }

    private static void add(List<String> parts, String text) {
        if (text != null && !text.isBlank()) parts.add(text.strip());
    }
}
