package dev.annals.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** How many documents, annotations and themes a library file holds: what a backup must hold too. */
record LibraryCounts(int documents, int annotations, int themes) {

    /** The counts, or null for a file without Annals' tables (a library from before the first migration). */
    static LibraryCounts read(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet tables = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                    + " AND name IN ('documents', 'annotations', 'themes')")) {
                if (tables.getInt(1) < 3) return null;
            }
            try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM annotations),"
                    + " (SELECT count(*) FROM themes)")) {
                return new LibraryCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3));
            }
        }
    }
}
