package dev.annals.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** How long SQLite's quick check of the bench library takes, as it runs when a library is opened. */
final class QuickCheckBench {

    private QuickCheckBench() {
    }

    /** Milliseconds of one {@code PRAGMA quick_check} of the folder's library.db, read-only; null when it does not pass. */
    static Long millis(Path libraryFolder) {
        String url = "jdbc:sqlite:file:" + libraryFolder.resolve("library.db").toAbsolutePath().toUri().getRawPath() + "?mode=ro";
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            long started = System.nanoTime();
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                long millis = (System.nanoTime() - started) / 1_000_000;
                return rs.next() && "ok".equals(rs.getString(1)) ? millis : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }
}
