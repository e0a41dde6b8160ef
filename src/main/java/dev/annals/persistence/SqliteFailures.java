package dev.annals.persistence;

import dev.annals.logic.library.LibraryUnavailableException;
import dev.annals.logic.library.LibraryUnavailableException.Reason;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SQLite errors that mean the library cannot be used, as one sentence that says what to do: SQLite's own text
 * goes to the log only. Other errors stay errors of the one operation.
 */
final class SqliteFailures {

    static final String DAMAGED = "the library file is damaged; nothing more was written to it. Restore the newest backup"
            + " (annals library restore, or File › Restore from backup… in the window); the damaged file is kept";

    private static final Logger LOG = Logger.getLogger(SqliteFailures.class.getName());

    private SqliteFailures() {
    }

    /** The exception to throw for {@code e}: a {@link LibraryUnavailableException} when the library is unusable. */
    static RuntimeException translate(SQLException e) {
        Reason reason = reasonOf(e);
        if (reason == null) {
            LOG.log(Level.WARNING, "database error", e);
            return new PersistenceException("a database operation failed; the details are in the library's log", e);
        }
        return new LibraryUnavailableException(reason, sentence(reason), e);
    }

    /** The reason when {@code e} means the library cannot be used, else null. */
    static Reason reasonOf(SQLException e) {
        int primary = e.getErrorCode() & 0xFF;
        if (e instanceof SQLiteException s) primary = s.getResultCode().code & 0xFF;
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) return Reason.CORRUPT;
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) return Reason.READ_ONLY;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) return Reason.IN_USE;
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code || primary == SQLiteErrorCode.SQLITE_IOERR.code) return Reason.UNREADABLE;
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) return Reason.DISK_FULL;
        return null;
    }

    static String sentence(Reason reason) {
        return switch (reason) {
            case CORRUPT -> DAMAGED;
            case READ_ONLY -> "the library cannot be written: its folder or file is read-only. Make it writable, or copy"
                    + " the library to a folder you can write to and open that with --library";
            case IN_USE -> "the library stayed busy: another program is using library.db. Close it and try again";
            case UNREADABLE -> "the library file cannot be read from the disk (it was moved, or the disk failed); check the"
                    + " disk, then open the library again";
            case DISK_FULL -> "the disk that holds the library is full; free some space and try again (nothing was lost)";
            case NEWER_SCHEMA -> "the library was made by a newer version of Annals; update Annals to open it";
        };
    }
}
