package dev.annals.persistence;

import org.sqlite.SQLiteConnection;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SQLite's quick check of a large library on a connection of its own, in the background: the window opens at once,
 * reads go on, and writes wait at the {@link WriteGate} until the check has passed. Then {@code afterPass} runs on
 * the same connection (the daily backup). Closing the library stops both.
 */
final class IntegrityWatch {

    private static final Logger LOG = Logger.getLogger(IntegrityWatch.class.getName());

    private final Thread thread;
    private volatile Connection connection;
    private volatile boolean stopping;

    private IntegrityWatch(Path file, WriteGate gate, Function<String, RuntimeException> damaged, Consumer<Connection> afterPass) {
        thread = new Thread(() -> run(file, gate, damaged, afterPass), "annals-integrity-check");
        thread.setDaemon(true);
    }

    static IntegrityWatch start(Path file, WriteGate gate, Function<String, RuntimeException> damaged, Consumer<Connection> afterPass) {
        IntegrityWatch watch = new IntegrityWatch(file, gate, damaged, afterPass);
        watch.thread.start();
        return watch;
    }

    private void run(Path file, WriteGate gate, Function<String, RuntimeException> damaged, Consumer<Connection> afterPass) {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(SqliteFiles.url(file)); Statement st = c.createStatement()) {
            connection = c;
            String result = SqliteFiles.quickCheck(st);
            LOG.info(() -> "quick check of " + file + ": " + result + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            if (stopping) return;
            if (!result.equals("ok")) {
                gate.fail(damaged.apply(result));
                return;
            }
            gate.pass();
            afterPass.accept(c);
        } catch (SQLException e) {
            if (stopping) return;
            LOG.log(Level.WARNING, "the quick check of " + file + " failed", e);
            gate.fail(SqliteFailures.reasonOf(e) == dev.annals.logic.library.LibraryUnavailableException.Reason.CORRUPT ? damaged.apply(e.getMessage()) : SqliteFailures.translate(e));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "after the quick check of " + file, e);
        } finally {
            connection = null;
            if (stopping) gate.fail(new IllegalStateException("the library was closed"));
        }
    }

    /** Interrupts the check or the backup after it, and waits for the thread to end. */
    void stop() {
        stopping = true;
        Connection c = connection;
        if (c != null) {
            try {
                c.unwrap(SQLiteConnection.class).getDatabase().interrupt();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "interrupting the check", e);
            }
        }
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
