package dev.annals.persistence;

import dev.annals.logic.library.LibraryMaintenance;
import dev.annals.logic.library.LibraryUnavailableException;
import dev.annals.logic.library.LibraryUnavailableException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Damaged library files are caught before anything writes, backups are checked, and a restore brings the notes back. */
class LibraryDamageTest {

    @TempDir
    Path dir;

    private final Clock day1 = Clock.fixed(Instant.parse("2025-03-04T05:00:00Z"), ZoneOffset.UTC);

    @AfterEach
    void resetThreshold() {
        Database.checkAtOnceBytes = Database.CHECK_AT_ONCE_BYTES;
    }

    private void note(Database db, String text) throws Exception {
        try (Statement st = db.connection().createStatement()) {
            st.execute("INSERT INTO settings(key, value) VALUES ('note', '" + text + "') ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        }
    }

    static void damageMiddle(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = raf.length() / 4096;
            byte[] noise = new byte[4096];
            new Random(7).nextBytes(noise);
            for (long page = 2; page < pages; page += 3) {
                raf.seek(page * 4096);
                raf.write(noise);
            }
        }
    }

    /** Random bytes over one page near the end, away from the schema, so the file still opens. */
    static void damageOnePage(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] noise = new byte[4096];
            new Random(11).nextBytes(noise);
            raf.seek((raf.length() / 4096 - 2) * 4096);
            raf.write(noise);
        }
    }

    private static Path library(Path folder) {
        return folder.resolve("library.db");
    }

    @Test
    void aKilledBackupLeavesNoBackupAndAnEmptyOneIsNeverNamed() throws Exception {
        try (Database db = Database.open(dir, day1)) {
            new Backups(dir, day1).backUp(db.connection(), "daily");
        }
        Path empty = dir.resolve("backups/library-20250305-000000-000-daily.db");
        Files.createFile(empty); // what an older version left when it was killed mid-backup
        Files.writeString(dir.resolve("backups/.library-20250305-000001-000-daily.db.part"), "half");
        damageMiddle(library(dir));

        assertThatThrownBy(() -> Database.open(dir, day1)).isInstanceOfSatisfying(LibraryUnavailableException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
            assertThat(e.getMessage()).contains("library-20250304-050000-000-daily.db").doesNotContain(empty.getFileName().toString());
            assertThat(e.newestBackup().getFileName().toString()).isEqualTo("library-20250304-050000-000-daily.db");
        });
        Backups backups = new Backups(dir, Clock.fixed(Instant.parse("2025-03-05T06:00:00Z"), ZoneOffset.UTC));
        assertThat(backups.due(java.time.Duration.ofDays(1))).as("an empty file does not count as today's backup").isTrue();
    }

    @Test
    void aBackupIsCheckedAndRenamedAndTheEmptyAndHalfOnesAreCleared() throws Exception {
        Files.createDirectories(dir.resolve("backups"));
        Files.createFile(dir.resolve("backups/library-20200101-000000-000-daily.db"));
        Files.writeString(dir.resolve("backups/.library-20200101-000001-000-daily.db.part"), "half");
        try (Database db = Database.open(dir, day1)) {
            Path made = new Backups(dir, day1).backUp(db.connection(), "manual").orElseThrow();
            assertThat(BackupCheck.fullProblem(made)).isNull();
        }
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("library-20250304-050000-000-manual.db");
        }
    }

    @Test
    void anEmptyLibraryFileIsRefusedNotReplaced() throws Exception {
        Database.open(dir, day1).close();
        Files.write(library(dir), new byte[0]);

        assertThatThrownBy(() -> Database.open(dir, day1)).isInstanceOfSatisfying(LibraryUnavailableException.class,
                e -> assertThat(e.getMessage()).contains("empty (0 bytes)").contains("left untouched"));
        assertThat(Files.size(library(dir))).isZero();
    }

    @Test
    void aCutShortLibraryIsRefusedUntouched() throws Exception {
        try (Database db = Database.open(dir, day1)) {
            note(db, "before");
        }
        byte[] whole = Files.readAllBytes(library(dir));
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(library(dir), half);

        assertThatThrownBy(() -> Database.open(dir, day1)).isInstanceOfSatisfying(LibraryUnavailableException.class,
                e -> assertThat(e.getMessage()).contains("cut short"));
        assertThat(Files.readAllBytes(library(dir))).isEqualTo(half);
    }

    @Test
    void damageInTheMiddleIsCaughtBeforeAnythingWritesAndNoBackupIsAdded() throws Exception {
        Database.open(dir, day1).close();
        damageMiddle(library(dir));
        byte[] damaged = Files.readAllBytes(library(dir));
        Clock nextDay = Clock.fixed(Instant.parse("2025-03-06T05:00:00Z"), ZoneOffset.UTC);

        assertThatThrownBy(() -> Database.open(dir, nextDay)).isInstanceOfSatisfying(LibraryUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));

        assertThat(Files.readAllBytes(library(dir))).isEqualTo(damaged);
        assertThat(new Backups(dir, nextDay).list()).isEmpty();
    }

    @Test
    void inTheWindowALargeLibraryIsCheckedInTheBackgroundAndWritesWaitForIt() throws Exception {
        try (Database db = Database.open(dir, day1); Statement st = db.connection().createStatement()) {
            st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)"
                    + " INSERT INTO settings(key, value) SELECT 'k' || i, printf('%.1000c', 'x') FROM n");
        }
        damageOnePage(library(dir));
        var before = new Backups(dir, day1).list();
        Database.checkAtOnceBytes = 0;

        try (Database db = Database.open(dir, day1, Database.Mode.WINDOW)) {
            CompletableFuture<RuntimeException> told = new CompletableFuture<>();
            db.whenDamaged(told::complete);
            assertThat(told.get(30, TimeUnit.SECONDS)).isInstanceOf(LibraryUnavailableException.class);
            assertThatThrownBy(() -> Sql.update(db.connection(), "INSERT INTO settings(key, value) VALUES ('x', 'y')"))
                    .isInstanceOfSatisfying(LibraryUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));
        }
        assertThat(new Backups(dir, day1).list()).as("no backup of a damaged library").isEqualTo(before);
    }

    @Test
    void aSoundLargeLibraryOpensInTheWindowAndTakesWritesOnceChecked() throws Exception {
        Database.open(dir, day1).close();
        Database.checkAtOnceBytes = 0;
        try (Database db = Database.open(dir, day1, Database.Mode.WINDOW)) {
            note(db, "written");
            assertThat(Sql.update(db.connection(), "UPDATE settings SET value = 'again' WHERE key = 'note'")).isEqualTo(1);
        }
    }

    @Test
    void workIsBackedUpOnCloseAndARestoreBringsItBackKeepingTheDamagedFile() throws Exception {
        try (Database db = Database.open(dir, day1)) {
            note(db, "written today");
        }
        assertThat(new Backups(dir, day1).list()).singleElement().satisfies(p -> assertThat(p.toString()).contains("after-work"));
        damageMiddle(library(dir));
        byte[] damaged = Files.readAllBytes(library(dir));

        LibraryMaintenance.Restored restored = new SqliteLibraryMaintenance(day1).restore(dir, null);

        assertThat(Files.readAllBytes(restored.movedAside())).isEqualTo(damaged);
        try (Database db = Database.open(dir, day1); Statement st = db.connection().createStatement()) {
            assertThat(st.executeQuery("SELECT value FROM settings WHERE key = 'note'").getString(1)).isEqualTo("written today");
        }
    }

    @Test
    void rotationKeepsFiveAndTheLastBackupOlderThanAReplacedLibrary() throws Exception {
        Database.open(dir, day1).close();
        DatabaseTest.fakeBackup(dir.resolve("backups/library-20200101-000000-000-daily.db"));
        Files.writeString(dir.resolve("library-replaced-20200102-000000-000.db"), "the damaged file, kept");
        for (int i = 1; i <= 6; i++) {
            Clock later = Clock.fixed(Instant.parse("2025-03-0" + (i + 2) + "T05:00:00Z"), ZoneOffset.UTC);
            try (Database db = Database.open(dir, later)) {
                new Backups(dir, later).backUp(db.connection(), "manual");
            }
        }
        var names = new Backups(dir, day1).list().stream().map(p -> p.getFileName().toString()).toList();
        assertThat(names).hasSize(6).contains("library-20200101-000000-000-daily.db");
    }

    @Test
    void sqliteErrorsThatMakeTheLibraryUnusableBecomeOnePlainSentence() {
        for (SQLiteErrorCode code : new SQLiteErrorCode[]{SQLiteErrorCode.SQLITE_CORRUPT, SQLiteErrorCode.SQLITE_NOTADB,
                SQLiteErrorCode.SQLITE_READONLY, SQLiteErrorCode.SQLITE_BUSY, SQLiteErrorCode.SQLITE_CANTOPEN}) {
            RuntimeException e = SqliteFailures.translate(new SQLiteException("[" + code.name() + "] raw text", code));
            assertThat(e).isInstanceOf(LibraryUnavailableException.class);
            assertThat(e.getMessage()).doesNotContain("SQLITE").doesNotContain("raw text");
        }
        assertThat(((LibraryUnavailableException) SqliteFailures.translate(new SQLiteException("x", SQLiteErrorCode.SQLITE_READONLY))).reason())
                .isEqualTo(Reason.READ_ONLY);
        assertThat(SqliteFailures.translate(new SQLiteException("[SQLITE_CONSTRAINT] x", SQLiteErrorCode.SQLITE_CONSTRAINT)))
                .isInstanceOf(PersistenceException.class).message().doesNotContain("SQLITE");
    }

    @Test
    void aFolderInPlaceOfTheFileIsRefusedWithoutTouchingIt() throws Exception {
        Files.createDirectories(library(dir).resolve("inside"));
        assertThatThrownBy(() -> Database.open(dir, day1)).isInstanceOfSatisfying(LibraryUnavailableException.class,
                e -> assertThat(e.getMessage()).contains("is a folder"));
        assertThat(library(dir).resolve("inside")).isDirectory();
    }
}
