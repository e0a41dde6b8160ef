package dev.annals.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one SQLite transaction: all of it is committed, or none of it. Nested calls join the outer one. */
public final class Transactions {

    @FunctionalInterface
    public interface SqlWork<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    public interface SqlAction {
        void run() throws SQLException;
    }

    private final Connection connection;
    private final WriteGate gate;

    Transactions(Connection connection, WriteGate gate) {
        this.connection = connection;
        this.gate = gate;
    }

    /** Runs {@code work} in a transaction, once the library's integrity check has passed (see {@link WriteGate}). */
    public synchronized <T> T call(SqlWork<T> work) throws SQLException {
        if (!connection.getAutoCommit()) return work.run();
        gate.awaitWritable();
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    public void run(SqlAction action) throws SQLException {
        call(() -> {
            action.run();
            return null;
        });
    }
}
