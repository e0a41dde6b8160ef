package dev.annals.logic.changes;

/** Stops a subscriber from hearing more changes. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
