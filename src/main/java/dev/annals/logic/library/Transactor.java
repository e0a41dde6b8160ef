package dev.annals.logic.library;

import java.util.function.Supplier;

/** Runs work that writes through several stores as one transaction: all of it is kept, or none. */
@FunctionalInterface
public interface Transactor {

    <T> T inOneTransaction(Supplier<T> work);

    /** For tests and stores without transactions: runs the work as it is. */
    Transactor NONE = new Transactor() {
        @Override
        public <T> T inOneTransaction(Supplier<T> work) {
            return work.get();
        }
    };
}
