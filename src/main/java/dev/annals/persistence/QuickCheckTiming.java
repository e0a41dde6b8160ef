package dev.annals.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** How long SQLite's quick check of a library takes, as it runs when the library is opened (for the benchmark). */
public final class QuickCheckTiming {

    private QuickCheckTiming() {
    }

    /** Milliseconds of one {@code PRAGMA quick_check} of the folder's library.db; -1 when it does not pass. */
    public static long millis(Path libraryFolder) {
        try (Connection c = SqliteFiles.readOnly(libraryFolder.resolve(LibraryFile.NAME)); Statement st = c.createStatement()) {
            long started = System.nanoTime();
            String result = SqliteFiles.quickCheck(st);
            long millis = (System.nanoTime() - started) / 1_000_000;
            return result.equals("ok") ? millis : -1;
        } catch (SQLException e) {
            return -1;
        }
    }
}
