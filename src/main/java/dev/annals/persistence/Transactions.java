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

    Transactions(Connection connection) {
        this.connection = connection;
    }

    public synchronized <T> T call(SqlWork<T> work) throws SQLException {
        if (!connection.getAutoCommit()) return work.run();
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
