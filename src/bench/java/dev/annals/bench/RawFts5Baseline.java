package dev.annals.bench;

import dev.annals.persistence.Sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A bare FTS5 table of the normalized texts (unicode61, diacritics removed by SQLite), with nothing of Annals
 * around it: the yardstick the benchmark compares import and search with.
 */
public final class RawFts5Baseline implements AutoCloseable {

    private static final String SEARCH = "SELECT rowid, snippet(raw_fts, 0, '[', ']', '…', 24) FROM raw_fts"
            + " WHERE raw_fts MATCH ? ORDER BY bm25(raw_fts) LIMIT ?";

    private final Connection connection;
    private long lastInsertMillis;

    private RawFts5Baseline(Connection connection) {
        this.connection = connection;
    }

    /** Inserts the texts into a new bare FTS5 table in {@code dbFile}, in one transaction; returns the milliseconds taken. */
    public static long insertMillis(Path dbFile, List<String> texts) {
        try (RawFts5Baseline baseline = create(dbFile, texts)) {
            return baseline.lastInsertMillis;
        }
    }

    /** Builds the table in a new file {@code dbFile} and keeps it open for queries. */
    public static RawFts5Baseline create(Path dbFile, List<String> texts) {
        return Sql.wrap(() -> {
            try {
                Files.deleteIfExists(dbFile);
            } catch (java.io.IOException e) {
                throw new SQLException("cannot replace " + dbFile, e);
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
            RawFts5Baseline baseline = new RawFts5Baseline(c);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("CREATE VIRTUAL TABLE raw_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')");
            }
            long start = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO raw_fts(body) VALUES (?)")) {
                for (String text : texts) {
                    insert.setString(1, text);
                    insert.executeUpdate();
                }
            }
            c.commit();
            c.setAutoCommit(true);
            baseline.lastInsertMillis = (System.nanoTime() - start) / 1_000_000;
            return baseline;
        });
    }

    /** Runs one query (bm25 order, a snippet per row, the first {@code limit} rows) and returns how many rows came back. */
    public int search(String ftsExpression, int limit) {
        return Sql.wrap(() -> {
            try (PreparedStatement ps = connection.prepareStatement(SEARCH)) {
                ps.setString(1, ftsExpression);
                ps.setInt(2, limit);
                int rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(2);
                        rows++;
                    }
                }
                return rows;
            }
        });
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            java.util.logging.Logger.getLogger(RawFts5Baseline.class.getName()).fine("closing: " + e.getMessage());
        }
    }
}
