package dev.annals.persistence;

import java.sql.Connection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Holds writes to a library until its integrity check has passed; after a failed check every write throws the
 * damage. Every write goes through {@link Transactions} or {@link Sql#update}, which wait here.
 */
final class WriteGate {

    private static final Map<Connection, WriteGate> BY_CONNECTION = Collections.synchronizedMap(new IdentityHashMap<>());
    private final CompletableFuture<Void> checked = new CompletableFuture<>();

    static WriteGate open() {
        WriteGate gate = new WriteGate();
        gate.pass();
        return gate;
    }

    void register(Connection connection) {
        BY_CONNECTION.put(connection, this);
    }

    void unregister(Connection connection) {
        BY_CONNECTION.remove(connection);
    }

    static void awaitWritable(Connection connection) {
        WriteGate gate = BY_CONNECTION.get(connection);
        if (gate != null) gate.awaitWritable();
    }

    void pass() {
        checked.complete(null);
    }

    void fail(RuntimeException damage) {
        checked.completeExceptionally(damage);
    }

    boolean passed() {
        return checked.isDone() && !checked.isCompletedExceptionally();
    }

    void awaitWritable() {
        try {
            checked.join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    /** Runs {@code action} with the damage if the check fails (at once when it already has). */
    void whenFailed(Consumer<RuntimeException> action) {
        checked.whenComplete((ok, error) -> {
            if (error != null) action.accept(error instanceof CompletionException c ? (RuntimeException) c.getCause() : (RuntimeException) error);
        });
    }
}
