package dev.annals.persistence;

import dev.annals.logic.library.LibraryMaintenance.Backup;
import dev.annals.logic.library.LibraryMaintenance.CheckReport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The full check behind {@code annals library check}: {@code PRAGMA integrity_check}, the search index's own
 * integrity check and its rows against the documents, and {@code PRAGMA foreign_key_check}. It only reads.
 */
final class LibraryChecks {

    private static final int MAX_FINDINGS = 20;

    private LibraryChecks() {
    }

    static CheckReport run(Path file, Backup newest) {
        List<String> damage = new ArrayList<>();
        List<String> index = new ArrayList<>();
        List<String> links = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(SqliteFiles.url(file)); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check(" + MAX_FINDINGS + ")")) {
                while (rs.next()) {
                    for (String finding : rs.getString(1).split("\n")) if (!finding.equals("ok") && !finding.startsWith("***")) damage.add(finding);
                }
            }
            if (damage.isEmpty()) {
                searchIndex(st, index);
                try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                    while (rs.next() && links.size() < MAX_FINDINGS) {
                        links.add("a row of " + rs.getString(1) + " (rowid " + rs.getLong(2) + ") points at a missing row of " + rs.getString(3));
                    }
                }
            }
        } catch (SQLException e) {
            damage.add("SQLite stopped reading the file: it is damaged at that point");
        }
        return new CheckReport(damage.isEmpty(), damage, index, links, newest);
    }

    private static void searchIndex(Statement st, List<String> problems) {
        try {
            st.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 0)");
        } catch (SQLException e) {
            problems.add("the search index is damaged (" + e.getMessage().lines().findFirst().orElse("") + ")");
            return;
        } catch (RuntimeException e) {
            problems.add("the search index cannot be checked");
            return;
        }
        try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM documents WHERE id NOT IN (SELECT rowid FROM search_fts)),"
                + " (SELECT count(*) FROM search_fts WHERE rowid NOT IN (SELECT id FROM documents))")) {
            if (rs.getInt(1) > 0) problems.add(rs.getInt(1) + " documents are missing from the search index");
            if (rs.getInt(2) > 0) problems.add("the search index holds " + rs.getInt(2) + " documents that are gone");
        } catch (SQLException e) {
            problems.add("the search index cannot be read (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }
}
