package dev.annals.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Copies of library.db made with VACUUM INTO, before migrations and once a day; the newest five are kept. */
final class Backups {

    static final int KEEP = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    Backups(Path libraryFolder, Clock clock) {
        this.folder = libraryFolder.resolve("backups");
        this.clock = clock;
    }

    Path folder() {
        return folder;
    }

    void backUp(Connection connection, String why) throws SQLException, IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve("library-" + STAMP.format(clock.instant()) + "-" + why + ".db");
        try (Statement st = connection.createStatement()) {
            st.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
        }
        prune();
    }

    boolean dailyBackupDue() throws IOException {
        Optional<Path> newest = newest();
        if (newest.isEmpty()) return true;
        Instant last = Files.getLastModifiedTime(newest.get()).toInstant();
        return Duration.between(last, clock.instant()).compareTo(Duration.ofDays(1)) >= 0;
    }

    Optional<Path> newest() throws IOException {
        List<Path> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Oldest first. */
    List<Path> list() throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("library-.*\\.db"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    private void prune() throws IOException {
        List<Path> all = list();
        for (int i = 0; i < all.size() - KEEP; i++) Files.deleteIfExists(all.get(i));
    }
}
