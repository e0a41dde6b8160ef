package dev.annals.persistence;

import dev.annals.logic.library.LibraryUnavailableException;
import dev.annals.logic.library.LibraryUnavailableException.Reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An open library: the folder lock, one SQLite connection in WAL mode with foreign keys on, and the schema brought
 * up to date. What cannot be a working library (read-only, newer, empty, foreign, cut short, damaged) is refused
 * untouched. The file is checked with SQLite's quick check before anything writes to it: at once for a small
 * library or before an upgrade, in the background for a large one, writes waiting until it has passed. Backups are
 * made before a migration, on the first open of a day, and on close after work (docs/decisions 0002, 0408).
 */
public final class Database implements AutoCloseable {

    /** How the library is used: by one command (after work, a backup at most once an hour), or by the window (at every close). */
    public enum Mode {
        COMMAND(Duration.ofHours(1)),
        WINDOW(Duration.ZERO);

        final Duration afterWorkInterval;

        Mode(Duration afterWorkInterval) {
            this.afterWorkInterval = afterWorkInterval;
        }
    }

    /** Up to this size the quick check takes well under 100 ms, and is always done before the library is used. */
    static final long CHECK_AT_ONCE_BYTES = 32L * 1024 * 1024;
    /** {@link #CHECK_AT_ONCE_BYTES}, lowered by tests to check a small library in the background. */
    static volatile long checkAtOnceBytes = CHECK_AT_ONCE_BYTES;
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final Path folder;
    private final LibraryLock lock;
    private final Connection connection;
    private final Backups backups;
    private final Mode mode;
    private final WriteGate gate;
    private final Transactions transactions;
    private IntegrityWatch watch;
    private long changesAtOpen;
    private boolean closed;

    private Database(Path folder, LibraryLock lock, Connection connection, Backups backups, Mode mode, WriteGate gate) {
        this.folder = folder;
        this.lock = lock;
        this.connection = connection;
        this.backups = backups;
        this.mode = mode;
        this.gate = gate;
        this.transactions = new Transactions(connection, gate);
        gate.register(connection);
    }

    public static Database open(Path folder) {
        return open(folder, Clock.systemUTC());
    }

    public static Database open(Path folder, Clock clock) {
        return open(folder, clock, Mode.COMMAND);
    }

    public static Database open(Path folder, Clock clock, Mode mode) {
        LibraryFile.prepareFolder(folder);
        LibraryLock lock = LibraryLock.acquire(folder);
        Path file = folder.resolve(LibraryFile.NAME);
        Backups backups = new Backups(folder, clock);
        try {
            boolean existed = LibraryFile.inspect(file, problem -> damaged(file, backups, problem, null));
            if (!existed) LibraryFile.create(file, c -> {
                SearchFunctions.register(c);
                migrate(c, new Transactions(c, WriteGate.open()), 0);
            });
            Connection connection = DriverManager.getConnection(SqliteFiles.url(file));
            Database db = new Database(folder, lock, connection, backups, mode, existed ? new WriteGate() : WriteGate.open());
            db.prepare(existed, file);
            return db;
        } catch (LibraryUnavailableException e) {
            lock.close();
            throw e;
        } catch (SQLException e) {
            lock.close();
            throw SqliteFailures.reasonOf(e) == Reason.CORRUPT ? damaged(file, backups, null, e) : unavailable(folder, e);
        } catch (IOException e) {
            lock.close();
            throw new LibraryUnavailableException(Reason.UNREADABLE, "cannot open the library in " + folder + ": " + IoReasons.describe(e), e);
        }
    }

    private static LibraryUnavailableException unavailable(Path folder, SQLException e) {
        Reason reason = SqliteFailures.reasonOf(e);
        if (reason == null) reason = Reason.UNREADABLE;
        return new LibraryUnavailableException(reason, "cannot open the library in " + folder + ": " + SqliteFailures.sentence(reason), e);
    }

    private void prepare(boolean existed, Path file) throws SQLException, IOException {
        int version;
        try {
            version = SqliteFiles.intPragma(connection, "user_version");
            SqliteFiles.intPragma(connection, "schema_version");
        } catch (SQLException e) {
            closeConnection();
            throw SqliteFailures.reasonOf(e) == Reason.CORRUPT ? damaged(file, backups, null, e) : unavailable(folder, e);
        }
        if (version > Migrations.latestVersion()) {
            closeConnection();
            throw new LibraryUnavailableException(Reason.NEWER_SCHEMA, "the library " + file + " was made by a newer version of Annals (schema "
                    + version + ", this version knows " + Migrations.latestVersion() + "); it was not changed. Update Annals to open it");
        }
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA foreign_keys=ON");
            st.execute("PRAGMA synchronous=NORMAL");
            st.execute("PRAGMA busy_timeout=5000");
            st.execute("PRAGMA cache_size=-65536");
        }
        SearchFunctions.register(connection);
        boolean upgrade = existed && version < Migrations.latestVersion();
        if (existed) {
            boolean atOnce = upgrade || Files.size(file) <= checkAtOnceBytes;
            if (atOnce) checkNow(file);
            else watch = IntegrityWatch.start(file, gate, result -> damaged(file, backups, null, null), this::dailyBackup);
        }
        if (upgrade) {
            if (backups.backUp(connection, "before-v" + Migrations.latestVersion()).isEmpty()) {
                closeConnection();
                throw new LibraryUnavailableException(Reason.UNREADABLE, "could not make a sound backup of " + file
                        + " before upgrading it, so it was not upgraded; see the log in " + folder.resolve("logs"));
            }
        } else if (existed && watch == null) {
            dailyBackup(connection);
        }
        migrate(connection, transactions, version);
        changesAtOpen = totalChanges();
    }

    private void checkNow(Path file) throws SQLException {
        String result;
        try (Statement st = connection.createStatement()) {
            result = SqliteFiles.quickCheck(st);
        } catch (SQLException e) {
            closeConnection();
            throw SqliteFailures.reasonOf(e) == Reason.CORRUPT ? damaged(file, backups, null, e) : unavailable(folder, e);
        }
        if (!result.equals("ok")) {
            closeConnection();
            LOG.warning(() -> "quick check of " + file + ": " + result);
            throw damaged(file, backups, null, null);
        }
        gate.pass();
    }

    private void dailyBackup(Connection on) {
        try {
            if (backups.due(Duration.ofDays(1))) backups.backUp(on, "daily");
        } catch (SQLException | IOException e) {
            LOG.log(Level.WARNING, "the daily backup failed", e);
        }
    }

    static LibraryUnavailableException damaged(Path file, Backups backups, String problem, Throwable cause) {
        Path newest = backups.newestGood().orElse(null);
        String backup = newest == null ? "There is no good backup"
                : "The newest good backup is " + newest + " (" + Backups.created(newest) + "): restore it with annals library restore,"
                + " or File › Restore from backup… in the window";
        String detail = " (" + (problem == null ? "SQLite finds damage inside it" : problem) + ")";
        LOG.log(Level.WARNING, "damaged library " + file + ": " + problem, cause);
        return new LibraryUnavailableException(Reason.CORRUPT, "the library file " + file + " is damaged" + detail
                + "; it was left untouched. " + backup, cause, newest);
    }

    private static void migrate(Connection c, Transactions transactions, int from) throws SQLException {
        for (int v = from + 1; v <= Migrations.latestVersion(); v++) {
            int version = v;
            transactions.run(() -> {
                try (Statement st = c.createStatement()) {
                    for (String sql : Migrations.statements(Migrations.script(version))) st.execute(sql);
                    st.execute("PRAGMA user_version = " + version);
                }
            });
            LOG.info(() -> "migrated library to schema " + version);
        }
    }

    private long totalChanges() {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT total_changes()")) {
            return rs.getLong(1);
        } catch (SQLException e) {
            return changesAtOpen;
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
        return SqliteFiles.intPragma(connection, "user_version");
    }

    /** Tells {@code action} if the background check finds the library damaged (at once if it already has). */
    public void whenDamaged(Consumer<RuntimeException> action) {
        gate.whenFailed(action);
    }

    private void closeConnection() {
        gate.unregister(connection);
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "closing", e);
        }
    }

    /** Closes the library; after work (something changed), a backup first, as often as the mode allows. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (watch != null) watch.stop();
        try {
            if (gate.passed() && totalChanges() > changesAtOpen && backups.due(mode.afterWorkInterval)) {
                backups.backUp(connection, "after-work");
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the backup after work failed", e);
        }
        closeConnection();
        lock.close();
    }
}
