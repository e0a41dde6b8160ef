package dev.annals.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Whether a backup file is one: not empty, SQLite, whole, passing the quick check, and holding what it should. */
final class BackupCheck {

    private BackupCheck() {
    }

    /** The cheap part (header and size), or null when it passes. */
    static String quickProblem(Path file) {
        try {
            return SqliteFiles.headerProblem(file);
        } catch (IOException e) {
            return "it cannot be read: " + e.getMessage();
        }
    }

    /** SQLite's quick check of the whole file, or null when it passes. */
    static String fullProblem(Path file) {
        try (Connection c = SqliteFiles.readOnly(file); Statement st = c.createStatement()) {
            String result = SqliteFiles.quickCheck(st);
            return result.equals("ok") ? null : "SQLite finds it damaged (" + result + ")";
        } catch (SQLException e) {
            return "SQLite cannot read it (" + e.getMessage() + ")";
        }
    }

    /**
     * Everything, for a copy just made: its schema version must be {@code version} and its counts those of the
     * source, read just before and after the copy (equal, or between the two when the library changed meanwhile).
     */
    static String problem(Path copy, int version, LibraryCounts before, LibraryCounts after) {
        String quick = quickProblem(copy);
        if (quick != null) return quick;
        try (Connection c = SqliteFiles.readOnly(copy); Statement st = c.createStatement()) {
            String check = SqliteFiles.quickCheck(st);
            if (!check.equals("ok")) return "SQLite finds it damaged (" + check + ")";
            int copied = SqliteFiles.intPragma(c, "user_version");
            if (copied != version) return "its schema version is " + copied + ", not " + version;
            LibraryCounts counts = LibraryCounts.read(c);
            if (before == null || after == null) return counts == null ? null : "it holds tables its source has not";
            if (counts == null || !between(counts.documents(), before.documents(), after.documents())
                    || !between(counts.annotations(), before.annotations(), after.annotations())
                    || !between(counts.themes(), before.themes(), after.themes())) {
                return "it holds " + counts + " where the library holds " + after;
            }
            return null;
        } catch (SQLException e) {
            return "SQLite cannot read it (" + e.getMessage() + ")";
        }
    }

    private static boolean between(int value, int a, int b) {
        return value >= Math.min(a, b) && value <= Math.max(a, b);
    }
}
