package dev.annals.ui.common;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextInputControl;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a screen reader would find in a scene graph: every focusable node must have a name, the way JavaFX hands it
 * to the platform: its accessible text, a label that is {@code labelFor} it, or (for a labelled control that is not a
 * text field) its own text.
 */
public final class AccessibilityAudit {

    private AccessibilityAudit() {
    }

    /**
     * One line per focusable node, or filled list, table or tree cell, that has no accessible name, or per
     * focusable node without a role: its class, id and style classes.
     */
    public static List<String> unnamedFocusable(Parent root) {
        Map<Node, Label> labels = new IdentityHashMap<>();
        walkAll(root, n -> {
            if (n instanceof Label l && l.getLabelFor() != null) labels.put(l.getLabelFor(), l);
        });
        List<String> unnamed = new ArrayList<>();
        walk(root, n -> {
            boolean reachable = n.isFocusTraversable() && !n.isDisabled();
            // a table row is read through its cells, which must each have words
            boolean item = n instanceof IndexedCell<?> cell && !(n instanceof TableRow<?>) && !cell.isEmpty() && cell.getItem() != null;
            if ((reachable || item) && !hasName(n, labels)) unnamed.add(describe(n));
            if (n instanceof TextInputControl && !blank(n.getAccessibleText())) {
                unnamed.add("accessible text read in place of what is typed: " + describe(n));
            }
            if (reachable && (n.getAccessibleRole() == AccessibleRole.NODE || n.getAccessibleRole() == AccessibleRole.PARENT)) {
                unnamed.add("no role: " + describe(n));
            }
        });
        return unnamed;
    }

    /** Every visible node below the root, in scene order. */
    public static List<Node> nodes(Parent root) {
        List<Node> all = new ArrayList<>();
        walk(root, all::add);
        return all;
    }

    /** Menu items a screen reader would read out without words (an icon or nothing). */
    public static List<String> unnamedMenuItems(MenuBar bar) {
        List<String> unnamed = new ArrayList<>();
        for (Menu m : bar.getMenus()) collect(m, unnamed);
        return unnamed;
    }

    /** A text field's accessible text is read as its value, so only its label names it. */
    public static String name(Node n) {
        if (!blank(n.getAccessibleText()) && !(n instanceof TextInputControl)) return n.getAccessibleText();
        if (n instanceof Labeled l && !(n instanceof TextInputControl) && !blank(l.getText())) return l.getText();
        return null;
    }

    private static void collect(MenuItem item, List<String> unnamed) {
        if (!(item instanceof SeparatorMenuItem) && blank(item.getText())) unnamed.add("menu item " + item.getId());
        if (item instanceof Menu menu) for (MenuItem child : menu.getItems()) collect(child, unnamed);
    }

    private static boolean hasName(Node n, Map<Node, Label> labels) {
        if (name(n) != null) return true;
        Label by = labels.get(n);
        return by != null && !blank(by.getText());
    }

    /** Labels that name a field need not be drawn. */
    private static void walkAll(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) walkAll(child, visit);
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        if (!node.isVisible()) return;
        visit.accept(node);
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) walk(child, visit);
    }

    private static String describe(Node n) {
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + n.getStyleClass()
                + (n.getParent() == null ? "" : " in " + n.getParent().getClass().getSimpleName()
                + (n.getParent().getId() == null ? "" : "#" + n.getParent().getId()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
