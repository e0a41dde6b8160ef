package dev.annals.persistence;

import dev.annals.logic.library.LibraryUnavailableException;
import dev.annals.logic.library.LibraryUnavailableException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {

    @TempDir
    Path dir;

    static void sql(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String s : statements) st.execute(s);
        }
    }

    /** Takes out what migration 13 added (the grouping's state and the conferences' document titles), for a test going back further. */
    static void undoGroupingState(Path db) throws Exception {
        sql(db, "DROP TRIGGER documents_added_for_grouping", "DROP TRIGGER documents_removed_for_grouping",
                "DROP TRIGGER documents_redated_for_grouping", "DROP TRIGGER documents_retitled_for_conferences",
                "DROP TABLE conference_grouping", "ALTER TABLE conferences DROP COLUMN document_title");
    }

    @Test
    void createsALibraryInWalModeWithForeignKeysAtTheLatestSchema() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            try (Statement st = db.connection().createStatement()) {
                assertThat(st.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
                assertThat(st.executeQuery("PRAGMA foreign_keys").getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void refusesALibraryFromANewerVersionAndLeavesItUnchanged() throws Exception {
        Database.open(dir).close();
        sql(dir.resolve("library.db"), "PRAGMA user_version = " + (Migrations.latestVersion() + 1));
        byte[] before = Files.readAllBytes(dir.resolve("library.db"));

        assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(LibraryUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NEWER_SCHEMA));

        assertThat(Files.readAllBytes(dir.resolve("library.db"))).isEqualTo(before);
    }

    /** A small but real SQLite file, as a backup stands in for one. */
    static void fakeBackup(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        sql(file, "CREATE TABLE t(x)", "INSERT INTO t VALUES (1)");
    }

    @Test
    void refusesAFileThatIsNotADatabaseLeavesItUntouchedAndNamesTheNewestBackup() throws Exception {
        fakeBackup(dir.resolve("backups/library-20240101-000000-000-daily.db"));
        fakeBackup(dir.resolve("backups/library-20240102-000000-000-daily.db"));
        byte[] junk = "this is not a database at all, just some text that is long enough".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("library.db"), junk);

        assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(LibraryUnavailableException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
            assertThat(e.getMessage()).contains("library-20240102-000000-000-daily.db").contains("untouched");
        });
        assertThat(Files.readAllBytes(dir.resolve("library.db"))).isEqualTo(junk);
    }

    @Test
    void refusesASecondOpenInTheSameProcess() {
        try (Database first = Database.open(dir)) {
            assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(LibraryUnavailableException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.IN_USE));
        }
        Database.open(dir).close();
    }

    @Test
    void refusesAnOpenWhileAnotherProcessHoldsTheLibrary() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldLibrary.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");

            assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(LibraryUnavailableException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.IN_USE);
                assertThat(e.getMessage()).contains("in use");
            });
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(30, TimeUnit.SECONDS)) child.destroyForcibly();
        }
        Database.open(dir).close();
    }

    @Test
    void backsUpBeforeAMigrationAndKeepsTheNewestFive() throws Exception {
        Files.createDirectories(dir.resolve("backups"));
        for (int i = 1; i <= 6; i++) fakeBackup(dir.resolve("backups/library-2020010" + i + "-000000-000-daily.db"));
        sql(dir.resolve("library.db"), "CREATE TABLE keep_me(x)", "INSERT INTO keep_me VALUES (42)"); // schema 0: needs every migration
        Clock clock = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);

        try (Database db = Database.open(dir, clock)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }

        Backups backups = new Backups(dir, clock);
        assertThat(backups.list()).hasSize(Backups.KEEP);
        Path newest = backups.list().get(backups.list().size() - 1);
        assertThat(newest.getFileName().toString()).isEqualTo("library-20250304-050607-000-before-v" + Migrations.latestVersion() + ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newest); Statement st = c.createStatement()) {
            assertThat(st.executeQuery("SELECT x FROM keep_me").getInt(1)).isEqualTo(42);
            assertThat(st.executeQuery("PRAGMA user_version").getInt(1)).isZero();
        }
        assertThat(backups.list()).noneMatch(p -> p.getFileName().toString().contains("20200101"));
    }

    @Test
    void backsUpOnceADayOnOpen() throws Exception {
        Clock day1 = Clock.fixed(Instant.parse("2025-03-04T05:00:00Z"), ZoneOffset.UTC);
        Database.open(dir, day1).close();
        Database.open(dir, day1).close(); // the first daily backup
        Database.open(dir, day1).close(); // not due again the same day
        Backups backups = new Backups(dir, day1);
        assertThat(backups.list()).hasSize(1);
    }
}
