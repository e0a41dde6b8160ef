package dev.annals.persistence;

import dev.annals.logic.library.LibraryMaintenance.Backup;
import dev.annals.logic.library.LibraryMaintenance.Restored;
import dev.annals.logic.library.LibraryUnavailableException;
import dev.annals.logic.library.LibraryUnavailableException.Reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;

/**
 * Puts a backup in place of library.db, with the lock held: the backup is checked whole; the current file (or
 * whatever stands in its place), with its write-ahead log, is moved aside as {@code library-replaced-<time>.db},
 * never deleted; the backup is copied under a temporary name, synced and renamed into place.
 */
final class Restore {

    private final Path folder;
    private final Backups backups;
    private final Clock clock;

    Restore(Path folder, Backups backups, Clock clock) {
        this.folder = folder;
        this.backups = backups;
        this.clock = clock;
    }

    Restored run(Path requested) throws IOException {
        Path backup = requested == null ? backups.newestGood().orElseThrow(() -> new LibraryUnavailableException(Reason.UNREADABLE,
                "there is no good backup in " + backups.folder() + " to restore")) : locate(requested);
        String problem = BackupCheck.quickProblem(backup);
        if (problem == null) problem = BackupCheck.fullProblem(backup);
        if (problem != null) {
            throw new LibraryUnavailableException(Reason.CORRUPT, "the backup " + backup + " cannot be restored: " + problem
                    + "; nothing was changed. Choose another one (annals library backups)");
        }
        Backup described = SqliteLibraryMaintenance.describe(backup);
        if (described.schema() != null && described.schema() > Migrations.latestVersion()) {
            throw new LibraryUnavailableException(Reason.NEWER_SCHEMA, "the backup " + backup + " was made by a newer version of Annals; nothing was changed");
        }
        Path library = folder.resolve(LibraryFile.NAME);
        Path temp = folder.resolve(LibraryFile.RESTORING);
        Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
        Backups.sync(temp);
        Path aside = moveAside(library);
        Backups.move(temp, library);
        return new Restored(described, aside);
    }

    /** A backup named by its file name (in backups/) or by a path. */
    private Path locate(Path requested) {
        Path inFolder = backups.folder().resolve(requested.getFileName().toString());
        Path found = Files.isRegularFile(requested) ? requested : inFolder;
        if (!Files.isRegularFile(found)) {
            throw new LibraryUnavailableException(Reason.UNREADABLE, "no backup " + requested + " (see annals library backups)");
        }
        return found;
    }

    /**
     * The current file goes aside with its write-ahead log. The log is folded into the file first when SQLite can;
     * then the file moves before its journals, so that a kill in between leaves journals without a file, which
     * {@link LibraryFile} pairs with the file moved aside, never with the restored one.
     */
    private Path moveAside(Path library) throws IOException {
        if (!Files.exists(library, LinkOption.NOFOLLOW_LINKS)) return null;
        if (Files.isRegularFile(library)) checkpoint(library);
        Path aside = folder.resolve(Backups.REPLACED_PREFIX + Backups.stamp(clock.instant()) + ".db");
        Backups.move(library, aside);
        LibraryFile.moveJournals(library, aside);
        return aside;
    }

    private static void checkpoint(Path library) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(SqliteFiles.url(library));
             java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (java.sql.SQLException e) {
            java.util.logging.Logger.getLogger(Restore.class.getName()).fine(() -> "no checkpoint before the restore: " + e.getMessage());
        }
    }
}
