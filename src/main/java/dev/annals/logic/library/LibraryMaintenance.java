package dev.annals.logic.library;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What can be done to a library folder without opening it for work: list its backups, restore one, check the file,
 * make a backup now. Each takes the folder's lock, so it fails with {@link LibraryUnavailableException} (in use)
 * while a window or command has the library open. Implemented by the persistence layer.
 */
public interface LibraryMaintenance {

    /** One backup file: when and why it was made, and what it holds (null counts when it cannot be read). */
    record Backup(Path file, Instant created, String why, boolean usable, Integer documents, Integer annotations,
                  Integer themes, Integer schema, String problem) {
    }

    /** The outcome of a check: {@code intact} when SQLite finds no damage; the search index and links apart. */
    record CheckReport(boolean intact, List<String> damage, List<String> indexProblems, List<String> linkProblems,
                       Backup newestBackup) {
        public boolean clean() {
            return intact && indexProblems.isEmpty() && linkProblems.isEmpty();
        }
    }

    /** A restore: the backup put in place, and where the file it replaced was moved (null when there was none). */
    record Restored(Backup from, Path movedAside) {
    }

    /** The backups, newest first; a damaged or empty one is listed with {@code usable} false and the problem. */
    List<Backup> backups(Path folder);

    /**
     * Puts a backup in place of library.db: the backup is checked first; the current file (with its journal) is
     * moved aside as {@code library-replaced-<time>.db}, never deleted. {@code backup} null: the newest usable one.
     */
    Restored restore(Path folder, Path backup);

    /** SQLite's integrity check, the search index's own check and the foreign keys, on the file as it is. */
    CheckReport check(Path folder);

    /** A checked backup now; returns it. */
    Backup backUp(Path folder);
}
