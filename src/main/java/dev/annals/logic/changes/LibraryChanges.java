package dev.annals.logic.changes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one stream of changes of an open library: every use case that commits a write publishes what it changed
 * here, after the commit (undo and redo too). Subscribers run on the thread that made the change, often a
 * background one; the window hears them through an adapter that hands them to the FX thread.
 */
public final class LibraryChanges {

    private static final Logger LOG = Logger.getLogger(LibraryChanges.class.getName());

    private final List<Consumer<LibraryChange>> subscribers = new CopyOnWriteArrayList<>();

    /** Hears every change from now on, until the subscription is closed. */
    public Subscription subscribe(Consumer<LibraryChange> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Tells every subscriber; one that fails is logged and does not keep the others from hearing it. */
    public void publish(LibraryChange change) {
        for (Consumer<LibraryChange> subscriber : subscribers) {
            try {
                subscriber.accept(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a subscriber failed on " + change, e);
            }
        }
    }

    /** How many subscribers listen (a window that is rebuilt must not leave its old views subscribed). */
    public int subscribers() {
        return subscribers.size();
    }
}
