package dev.annals.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteNativeLibraryTest {

    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";
    private String savedPath;
    private String savedName;

    @BeforeEach
    void clearProperties() {
        savedPath = System.clearProperty(PATH);
        savedName = System.clearProperty(NAME);
    }

    @AfterEach
    void restoreProperties() {
        restore(PATH, savedPath);
        restore(NAME, savedName);
    }

    private static void restore(String key, String value) {
        if (value == null) System.clearProperty(key);
        else System.setProperty(key, value);
    }

    @Test
    void keepsOneCopyOfTheNativeLibraryInTheCacheAndPointsTheDriverToIt(@TempDir Path cache) throws Exception {
        SqliteNativeLibrary.useCopyIn(cache);

        Path folder = Path.of(System.getProperty(PATH));
        Path library = folder.resolve(System.getProperty(NAME));
        assertThat(folder).startsWith(cache);
        assertThat(Files.size(library)).isGreaterThan(100_000);
        Files.setLastModifiedTime(library, FileTime.fromMillis(0));

        System.clearProperty(PATH);
        SqliteNativeLibrary.useCopyIn(cache);
        assertThat(Files.getLastModifiedTime(library).toMillis()).isZero();
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(library);
        }
    }

    @Test
    void replacesACopyOfTheWrongSize(@TempDir Path cache) throws Exception {
        SqliteNativeLibrary.useCopyIn(cache);
        Path library = Path.of(System.getProperty(PATH)).resolve(System.getProperty(NAME));
        long size = Files.size(library);
        Files.write(library, new byte[10]);

        System.clearProperty(PATH);
        SqliteNativeLibrary.useCopyIn(cache);
        assertThat(Files.size(library)).isEqualTo(size);
    }

    @Test
    void leavesAPathAlreadyChosenAlone(@TempDir Path cache) {
        System.setProperty(PATH, "/chosen");
        SqliteNativeLibrary.useCopyIn(cache);
        assertThat(System.getProperty(PATH)).isEqualTo("/chosen");
        assertThat(cache).isEmptyDirectory();
    }
}
