package dev.annals.logic.annotate;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells listeners about every change of annotations or themes, including undo and redo. Listeners run on the
 * thread that made the change (often a background thread): a view hops to the FX thread itself.
 */
public final class AnnotateEvents {

    private final List<Consumer<AnnotateChange>> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Consumer<AnnotateChange> listener) { listeners.add(listener); }

    public void removeListener(Consumer<AnnotateChange> listener) { listeners.remove(listener); }

    public void fire(AnnotateChange change) {
        listeners.forEach(l -> l.accept(change));
    }
}
