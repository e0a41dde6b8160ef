package dev.annals.persistence;

import dev.annals.logic.library.LibraryUnavailableException;
import dev.annals.logic.library.LibraryUnavailableException.Reason;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

/**
 * The library folder and its {@code library.db} before SQLite opens it. Whatever cannot be a working library is
 * refused untouched with the reason: a read-only folder or file (not "damaged"), a folder or device in the file's
 * place, an empty, foreign or cut-short file. A new library is built under a temporary name and renamed into place,
 * so library.db is never a half-made file.
 */
final class LibraryFile {

    static final String NAME = "library.db";
    private static final String NEW = ".library-new.db";
    static final String RESTORING = ".library-restoring.db";

    private LibraryFile() {
    }

    static void prepareFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LibraryUnavailableException(writableAncestor(folder) ? Reason.UNREADABLE : Reason.READ_ONLY,
                    "cannot create the library folder " + folder + ": " + IoReasons.describe(e), e);
        }
        if (!Files.isDirectory(folder)) {
            throw new LibraryUnavailableException(Reason.UNREADABLE, folder + " is a file, not a library folder; give a folder with --library");
        }
        if (!Files.isWritable(folder)) throw readOnly(folder + " (the library folder)");
    }

    private static boolean writableAncestor(Path folder) {
        Path p = folder.toAbsolutePath();
        while (p != null && !Files.exists(p)) p = p.getParent();
        return p != null && Files.isWritable(p);
    }

    static LibraryUnavailableException readOnly(String what) {
        return new LibraryUnavailableException(Reason.READ_ONLY, what + " is read-only, and Annals must write beside its library"
                + " (the journal, the lock, the backups); nothing was changed. Make it writable, or copy the library to a folder"
                + " you can write to and open that with --library");
    }

    /** True when library.db exists and may be opened; false when there is none; throws when it must not be touched. */
    static boolean inspect(Path file, Function<String, LibraryUnavailableException> damaged) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !finishRestore(file)) return false;
        if (Files.isDirectory(file)) {
            throw new LibraryUnavailableException(Reason.UNREADABLE, file + " is a folder, not a library file; nothing was changed."
                    + " Move it away, then restore a backup (annals library restore) or start anew");
        }
        if (!Files.isRegularFile(file)) throw new LibraryUnavailableException(Reason.UNREADABLE, file + " is not a regular file; move it away");
        if (!Files.isReadable(file)) {
            throw new LibraryUnavailableException(Reason.UNREADABLE, "Annals may not read " + file + " (permission denied); give your"
                    + " user the right to read and write it");
        }
        if (!Files.isWritable(file)) throw readOnly(file.toString());
        String problem = SqliteFiles.headerProblem(file);
        if (problem != null) throw damaged.apply(problem);
        return true;
    }

    /**
     * A restore killed between moving the old file aside and renaming the copied backup into place leaves no
     * library.db but a whole {@value #RESTORING}: it was copied and synced first. Put it in place; a copy that is
     * not whole (killed while copying into a folder that had no library) is dropped.
     */
    private static boolean finishRestore(Path file) throws IOException {
        Path restoring = file.resolveSibling(RESTORING);
        if (!Files.isRegularFile(restoring)) return false;
        if (BackupCheck.quickProblem(restoring) != null || BackupCheck.fullProblem(restoring) != null) {
            Files.delete(restoring);
            return false;
        }
        try (DirectoryStream<Path> replaced = Files.newDirectoryStream(file.getParent(), Backups.REPLACED_PREFIX + "*.db")) {
            Path newest = null;
            for (Path p : replaced) if (newest == null || p.getFileName().toString().compareTo(newest.getFileName().toString()) > 0) newest = p;
            if (newest != null) moveJournals(file, newest);
        }
        Backups.move(restoring, file);
        java.util.logging.Logger.getLogger(LibraryFile.class.getName()).warning(() -> "finished an interrupted restore: " + file);
        return true;
    }

    /** Moves {@code from}'s -wal and -shm files, if any, to go with {@code to}. */
    static void moveJournals(Path from, Path to) throws IOException {
        for (String journal : new String[]{"-wal", "-shm"}) {
            Path j = from.resolveSibling(from.getFileName() + journal);
            if (Files.exists(j)) Backups.move(j, to.resolveSibling(to.getFileName() + journal));
        }
    }

    /** Builds a new library at a temporary name with {@code build} (the migrations) and renames it into place. */
    static void create(Path file, SqlBuild build) throws IOException, SQLException {
        Path temp = file.resolveSibling(NEW);
        removeLeftovers(file.getParent());
        try (Connection c = DriverManager.getConnection(SqliteFiles.url(temp))) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
            }
            build.run(c);
        }
        Backups.sync(temp);
        Backups.move(temp, file);
    }

    @FunctionalInterface
    interface SqlBuild {
        void run(Connection c) throws SQLException;
    }

    private static void removeLeftovers(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, NEW + "*")) {
            for (Path p : files) Files.deleteIfExists(p);
        }
    }
}
