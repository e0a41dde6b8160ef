package dev.annals.persistence;

import dev.annals.logic.library.LibraryMaintenance;
import dev.annals.logic.library.LibraryUnavailableException;
import dev.annals.logic.library.LibraryUnavailableException.Reason;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Backups, restore, check and backup-now on a library folder, each under the folder's lock. */
public final class SqliteLibraryMaintenance implements LibraryMaintenance {

    private final Clock clock;

    public SqliteLibraryMaintenance(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Backup> backups(Path folder) {
        try {
            List<Backup> out = new ArrayList<>();
            for (Path p : new Backups(folder, clock).list().reversed()) out.add(describe(p));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Backup describe(Path file) {
        String name = file.getFileName().toString();
        String why = name.length() > 28 && name.endsWith(".db") ? name.substring(28, name.length() - 3) : "";
        String problem = BackupCheck.quickProblem(file);
        if (problem != null) return new Backup(file, Backups.created(file), why, false, null, null, null, null, problem);
        try (Connection c = SqliteFiles.readOnly(file)) {
            LibraryCounts counts = LibraryCounts.read(c);
            int schema = SqliteFiles.intPragma(c, "user_version");
            if (counts == null) return new Backup(file, Backups.created(file), why, true, null, null, null, schema, null);
            return new Backup(file, Backups.created(file), why, true, counts.documents(), counts.annotations(), counts.themes(), schema, null);
        } catch (SQLException e) {
            return new Backup(file, Backups.created(file), why, false, null, null, null, null, "SQLite cannot read it");
        }
    }

    @Override
    public Restored restore(Path folder, Path backup) {
        try (LibraryLock lock = LibraryLock.acquire(folder)) {
            return new Restore(folder, new Backups(folder, clock), clock).run(backup);
        } catch (IOException e) {
            throw new LibraryUnavailableException(Reason.UNREADABLE, "could not restore: " + IoReasons.describe(e), e);
        }
    }

    @Override
    public CheckReport check(Path folder) {
        try (LibraryLock lock = LibraryLock.acquire(folder)) {
            Path file = folder.resolve(LibraryFile.NAME);
            if (!Files.isRegularFile(file)) {
                return new CheckReport(false, List.of(file + " is missing or not a file"), List.of(), List.of(), newest(folder));
            }
            return LibraryChecks.run(file, newest(folder));
        }
    }

    private Backup newest(Path folder) {
        return new Backups(folder, clock).newestGood().map(SqliteLibraryMaintenance::describe).orElse(null);
    }

    @Override
    public Backup backUp(Path folder) {
        try (Database db = Database.open(folder, clock)) {
            Path made = new Backups(folder, clock).backUp(db.connection(), "manual")
                    .orElseThrow(() -> new IllegalStateException("the backup failed its check and was not kept; see the log"));
            return describe(made);
        } catch (SQLException e) {
            throw SqliteFailures.translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
