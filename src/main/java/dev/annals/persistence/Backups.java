package dev.annals.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Copies of library.db in {@code backups/}, made with VACUUM INTO under a temporary name, checked (quick check,
 * schema version, counts) and only then renamed to {@code library-<UTC time>-<why>.db}: an empty or failed copy
 * never counts as a backup. The newest five good ones are kept, and never the last one made before a library
 * file that was replaced by a restore ({@code library-replaced-<time>.db}).
 */
final class Backups {

    static final int KEEP = 5;
    static final String REPLACED_PREFIX = "library-replaced-";
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path libraryFolder;
    private final Path folder;
    private final Clock clock;

    Backups(Path libraryFolder, Clock clock) {
        this.libraryFolder = libraryFolder;
        this.folder = libraryFolder.resolve("backups");
        this.clock = clock;
    }

    Path folder() {
        return folder;
    }

    static String stamp(Instant when) {
        return STAMP.format(when);
    }

    /** A checked backup of {@code source}, or empty when the copy failed its check (it is then deleted and logged). */
    Optional<Path> backUp(Connection source, String why) throws SQLException, IOException {
        Files.createDirectories(folder);
        removeTemporaries();
        String name = "library-" + stamp(clock.instant()) + "-" + why + ".db";
        Path temp = folder.resolve("." + name + ".part");
        Path target = folder.resolve(name);
        try {
            int version = SqliteFiles.intPragma(source, "user_version");
            LibraryCounts before = LibraryCounts.read(source);
            try (Statement st = source.createStatement()) {
                st.execute("VACUUM INTO '" + temp.toString().replace("'", "''") + "'");
            }
            LibraryCounts after = LibraryCounts.read(source);
            String problem = BackupCheck.problem(temp, version, before, after);
            if (problem != null) {
                LOG.warning(() -> "the backup " + name + " failed its check and was not kept: " + problem);
                return Optional.empty();
            }
            sync(temp);
            move(temp, target);
            LOG.info(() -> "backed up the library to " + target);
        } finally {
            Files.deleteIfExists(temp);
        }
        prune();
        return Optional.of(target);
    }

    /** True when no good backup is younger than {@code interval}. */
    boolean due(Duration interval) throws IOException {
        for (Path p : list().reversed()) {
            if (BackupCheck.quickProblem(p) != null) continue;
            return Duration.between(created(p), clock.instant()).compareTo(interval) >= 0;
        }
        return true;
    }

    /** The newest backup that is not empty, cut short or damaged (a full quick check: used when something went wrong). */
    Optional<Path> newestGood() {
        try {
            for (Path p : list().reversed()) if (BackupCheck.quickProblem(p) == null && BackupCheck.fullProblem(p) == null) return Optional.of(p);
        } catch (IOException e) {
            LOG.log(Level.INFO, "cannot list the backups", e);
        }
        return Optional.empty();
    }

    /** Finished backups, oldest first. */
    List<Path> list() throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("library-.*\\.db") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    /** When a backup was made, from its name (its modification time for a name of another form). */
    static Instant created(Path backup) {
        String name = backup.getFileName().toString();
        if (name.length() >= 27) {
            try {
                return LocalDateTime.parse(name.substring(8, 27), DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // not one of ours: fall back to the file's time
            }
        }
        try {
            return Files.getLastModifiedTime(backup).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** Keeps the newest {@link #KEEP} good backups and the newest good one before each replaced library; drops the rest. */
    void prune() throws IOException {
        List<Path> all = list();
        List<Path> good = new ArrayList<>();
        for (Path p : all) if (BackupCheck.quickProblem(p) == null) good.add(p);
        Set<Path> keep = new HashSet<>(good.subList(Math.max(0, good.size() - KEEP), good.size()));
        for (Instant replaced : replacedLibraries()) {
            good.stream().filter(p -> created(p).isBefore(replaced)).reduce((a, b) -> b).ifPresent(keep::add);
        }
        for (Path p : all) {
            if (!keep.contains(p)) {
                Files.deleteIfExists(p);
                LOG.info(() -> "removed the old or unusable backup " + p.getFileName());
            }
        }
    }

    private List<Instant> replacedLibraries() throws IOException {
        List<Instant> times = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(libraryFolder, REPLACED_PREFIX + "*.db")) {
            for (Path p : files) {
                String stamp = p.getFileName().toString().substring(REPLACED_PREFIX.length());
                try {
                    times.add(LocalDateTime.parse(stamp.substring(0, 19), DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")).toInstant(ZoneOffset.UTC));
                } catch (RuntimeException e) {
                    times.add(Files.getLastModifiedTime(p).toInstant());
                }
            }
        }
        return times;
    }

    /** Temporary copies left by a backup that was killed; only one process has the library, so none is in use. */
    private void removeTemporaries() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".library-*.db.part")) {
            for (Path p : files) Files.deleteIfExists(p);
        }
    }

    static void sync(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not sync " + file, e);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
