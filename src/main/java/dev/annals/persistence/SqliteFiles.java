package dev.annals.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/** SQLite files seen from outside: the header, whether the file is cut short, and connections to look at one. */
final class SqliteFiles {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 100;

    private SqliteFiles() {
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** A connection that never writes and never makes a journal beside the file (backups, damaged files). */
    static Connection readOnly(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath().toUri().getRawPath() + "?mode=ro&immutable=1");
    }

    /**
     * What is wrong with the file judged from its first 100 bytes and its size, or null when nothing is: empty,
     * not SQLite, or shorter than the size its header gives. The size is not judged while a write-ahead log sits
     * beside the file (its pages may be the ones missing; SQLite puts them back on open).
     */
    static String headerProblem(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) return "it is empty (0 bytes)";
        byte[] head = new byte[HEADER_BYTES];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read < HEADER.length || !Arrays.equals(Arrays.copyOf(head, HEADER.length), HEADER)) {
            return "it is not an SQLite database (its first bytes are not the SQLite header)";
        }
        if (read < HEADER_BYTES) return "it is cut short (" + size + " bytes)";
        ByteBuffer header = ByteBuffer.wrap(head);
        int pageSize = Short.toUnsignedInt(header.getShort(16));
        if (pageSize == 1) pageSize = 65536;
        long pages = Integer.toUnsignedLong(header.getInt(28));
        boolean pagesValid = header.getInt(24) == header.getInt(92) && pages > 0;
        if (pagesValid && size < pages * pageSize && !hasWal(file)) {
            return "it is cut short: " + size + " bytes where its header says " + pages * pageSize;
        }
        return null;
    }

    static boolean hasWal(Path file) throws IOException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return Files.exists(wal) && Files.size(wal) > 0;
    }

    /** "ok", or SQLite's first finding of {@code PRAGMA quick_check}. */
    static String quickCheck(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    static int intPragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
