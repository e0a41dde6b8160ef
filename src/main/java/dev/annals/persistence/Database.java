package dev.annals.persistence;

import dev.annals.logic.library.LibraryUnavailableException;
import dev.annals.logic.library.LibraryUnavailableException.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An open library: the folder lock, one SQLite connection in WAL mode with foreign keys on, and the schema
 * brought up to date. A library written by a newer version, or a file that is not a database, is refused
 * without being touched.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path folder;
    private final LibraryLock lock;
    private final Connection connection;
    private final Transactions transactions;

    private Database(Path folder, LibraryLock lock, Connection connection) {
        this.folder = folder;
        this.lock = lock;
        this.connection = connection;
        this.transactions = new Transactions(connection);
    }

    public static Database open(Path folder) {
        return open(folder, Clock.systemUTC());
    }

    public static Database open(Path folder, Clock clock) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LibraryUnavailableException(Reason.UNREADABLE, "cannot create the library folder " + folder + ": " + e.getMessage(), e);
        }
        LibraryLock lock = LibraryLock.acquire(folder);
        try {
            Path file = folder.resolve("library.db");
            Backups backups = new Backups(folder, clock);
            boolean existed = Files.exists(file) && Files.size(file) > 0;
            if (existed) requireSqliteHeader(file, backups);
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            Database db = new Database(folder, lock, connection);
            db.prepare(existed, file, backups);
            return db;
        } catch (LibraryUnavailableException e) {
            lock.close();
            throw e;
        } catch (IOException | SQLException e) {
            lock.close();
            throw new LibraryUnavailableException(Reason.UNREADABLE, "cannot open the library in " + folder + ": " + e.getMessage(), e);
        }
    }

    private void prepare(boolean existed, Path file, Backups backups) throws SQLException, IOException {
        int version;
        try {
            version = intPragma("user_version");
            intPragma("schema_version");
        } catch (SQLException e) {
            closeQuietly();
            throw corrupt(file, backups, e);
        }
        if (version > Migrations.latestVersion()) {
            closeQuietly();
            throw new LibraryUnavailableException(Reason.NEWER_SCHEMA, "the library " + file + " was made by a newer version of Annals (schema "
                    + version + ", this version knows " + Migrations.latestVersion() + "); it was not changed. Update Annals to open it");
        }
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA foreign_keys=ON");
            st.execute("PRAGMA synchronous=NORMAL");
            st.execute("PRAGMA busy_timeout=5000");
        }
        SearchFunctions.register(connection);
        if (existed && version < Migrations.latestVersion()) {
            backups.backUp(connection, "before-v" + Migrations.latestVersion());
        } else if (existed && backups.dailyBackupDue()) {
            backups.backUp(connection, "daily");
        }
        migrate(version);
    }

    private void migrate(int from) throws SQLException {
        for (int v = from + 1; v <= Migrations.latestVersion(); v++) {
            int version = v;
            transactions.run(() -> {
                try (Statement st = connection.createStatement()) {
                    for (String sql : Migrations.statements(Migrations.script(version))) st.execute(sql);
                    st.execute("PRAGMA user_version = " + version);
                }
            });
            LOG.info(() -> "migrated library to schema " + version);
        }
    }

    private static void requireSqliteHeader(Path file, Backups backups) throws IOException {
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) throw corrupt(file, backups, null);
    }

    private static LibraryUnavailableException corrupt(Path file, Backups backups, Exception cause) {
        String newest;
        try {
            newest = backups.newest().map(p -> "; the newest backup is " + p).orElse("; there is no backup");
        } catch (IOException e) {
            newest = "";
        }
        return new LibraryUnavailableException(Reason.CORRUPT, "the library file " + file
                + " is damaged or not an Annals library; it was left untouched" + newest, cause);
    }

    private int intPragma(String name) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    public Path folder() {
        return folder;
    }

    public Connection connection() {
        return connection;
    }

    public Transactions transactions() {
        return transactions;
    }

    public int schemaVersion() throws SQLException {
        return intPragma("user_version");
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "closing", e);
        }
    }

    @Override
    public void close() {
        closeQuietly();
        lock.close();
    }
}
