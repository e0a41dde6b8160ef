package dev.annals.app.drill;

import dev.annals.app.CliRun;
import dev.annals.app.TestLibraries;
import dev.annals.logic.LibrarySession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The damage drills: a library cut short, with random pages, emptied, in a read-only folder, or with a folder in
 * place of its file. Each is refused with exit status 3 and one plain sentence, left untouched, and (when damaged)
 * brought back by a restore with every note of its last backup.
 */
class DamageDrillTest {

    @TempDir
    Path work;
    private Path lib;
    private Path db;

    @org.junit.jupiter.api.AfterAll
    static void report() {
        CrashAndDamageDrillTest.print();
    }

    @BeforeEach
    void library() throws Exception {
        lib = work.resolve("lib");
        try (LibrarySession session = TestLibraries.openSeeded(lib)) {
            long theme = session.themes().list().get(0).id();
            for (int i = 0; i < 4; i++) session.annotations().tagQuote(1 + i, theme, "Công an", 1, "ghi chú " + i);
        } // backed up after work
        db = lib.resolve("library.db");
    }

    private void refusedUntouchedThenRestored(String drill, String expected) throws Exception {
        byte[] before = Files.isRegularFile(db) ? Files.readAllBytes(db) : null;
        CliRun status = CliRun.on(lib, "status");
        assertThat(status.status()).as(status.err()).isEqualTo(3);
        assertThat(status.err()).contains(expected).doesNotContain("SQLITE_").doesNotContain("Exception").hasLineCount(1);
        if (before != null) assertThat(Files.readAllBytes(db)).isEqualTo(before);
        CrashAndDamageDrillTest.count("damage drills refused with exit 3");

        CliRun restore = CliRun.on(lib, "library", "restore");
        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(CrashAndDamageDrillTest.integrity(db)).isEqualTo("ok");
        assertThat(CrashAndDamageDrillTest.notesIn(db)).contains("ghi chú 0", "ghi chú 1", "ghi chú 2", "ghi chú 3");
        CrashAndDamageDrillTest.count("damage drills restored with every note");
        CrashAndDamageDrillTest.count("damage drill " + drill);
    }

    @Test
    void aCutShortFileIsRefusedAndRestored() throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        refusedUntouchedThenRestored("truncation", "cut short");
    }

    @Test
    void randomPagesAreCaughtAndRestored() throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
            Random random = new Random(3);
            long pages = raf.length() / 4096;
            for (int i = 0; i < 4; i++) {
                byte[] noise = new byte[4096];
                random.nextBytes(noise);
                raf.seek((1 + random.nextInt((int) pages - 1)) * 4096L);
                raf.write(noise);
            }
        }
        refusedUntouchedThenRestored("random pages", "is damaged");
    }

    @Test
    void anEmptyFileIsRefusedAndRestored() throws Exception {
        Files.write(db, new byte[0]);
        refusedUntouchedThenRestored("0-byte file", "empty (0 bytes)");
    }

    @Test
    void aFolderInPlaceOfTheFileIsRefusedAndMovedAsideByARestore() throws Exception {
        Files.delete(db);
        Files.createDirectories(db.resolve("something"));
        refusedUntouchedThenRestored("folder in place of the file", "is a folder");
        try (var files = Files.list(lib)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("library-replaced-")).toList())
                    .singleElement().satisfies(p -> assertThat(p.resolve("something")).isDirectory());
        }
    }

    @Test
    void aReadOnlyFolderIsNamedReadOnlyNotDamaged() throws Exception {
        byte[] before = Files.readAllBytes(db);
        Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            List<String> command = new ArrayList<>();
            if (System.getProperty("user.name").equals("root")) {
                // root writes anywhere: drop that power for the child, as a normal user has none of it
                command.addAll(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
            }
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"), "dev.annals.app.Launcher", "--library", lib.toString(), "status"));
            Path err = work.resolve("err.txt");
            Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String message = Files.readString(err);
            assertThat(child.exitValue()).as(message).isEqualTo(3);
            assertThat(message).contains("read-only").doesNotContain("damaged").doesNotContain("SQLITE_");
        } finally {
            Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        CrashAndDamageDrillTest.count("damage drills refused with exit 3");
        CrashAndDamageDrillTest.count("damage drill read-only folder");
    }
}
