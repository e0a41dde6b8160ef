package dev.annals.testing;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Watches a scene graph and records every change to a node made off the FX thread: children added or removed,
 * a node shown, hidden or disabled, a label's or a field's text set. JavaFX does not check most of these itself,
 * and a listener that runs on a background thread corrupts the window without a word. Nodes added later are
 * watched too.
 */
public final class FxThreadGuard {

    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Set<Node> watched = Collections.newSetFromMap(new java.util.WeakHashMap<>());

    /** Starts watching {@code root} and everything under it; call on the FX thread. */
    public static FxThreadGuard watch(Node root) {
        FxThreadGuard guard = new FxThreadGuard();
        guard.add(root);
        return guard;
    }

    /** Each change made off the FX thread: what changed, and on which thread. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** Also watches a node that was not under the root (the window's content after a rebuild); call on the FX thread. */
    public void alsoWatch(Node node) {
        add(node);
    }

    /** Also watches an observable that nodes follow (the list of running tasks the status bar shows, say). */
    public void watch(Observable observable, String what) {
        observable.addListener(check(what));
    }

    private void add(Node node) {
        if (!watched.add(node)) return;
        String name = node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
        node.visibleProperty().addListener(changed(name + ".visible"));
        node.disableProperty().addListener(changed(name + ".disable"));
        if (node instanceof Labeled labeled) labeled.textProperty().addListener(changed(name + ".text"));
        if (node instanceof TextInputControl field) field.textProperty().addListener(changed(name + ".text"));
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> {
                record(name + ".children");
                while (change.next()) change.getAddedSubList().forEach(this::add);
            });
            parent.getChildrenUnmodifiable().forEach(this::add);
        }
    }

    private InvalidationListener check(String what) {
        return o -> record(what);
    }

    /** A change listener: unlike an invalidation listener, it hears every new value, read or not. */
    private <T> ChangeListener<T> changed(String what) {
        return (o, was, now) -> record(what);
    }

    private void record(String what) {
        if (!Platform.isFxApplicationThread()) violations.add(what + " changed on " + Thread.currentThread().getName());
    }
}
