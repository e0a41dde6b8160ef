package dev.annals.logic.library;

import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.ImportResult.Status;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteDocumentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Paths that are not plain files are refused one by one, before anything is read; the rest of the batch imports. */
class ImportPathSafetyTest {

    @TempDir
    Path dir;
    private Database db;
    private ImportService importer;
    private Path good;

    @BeforeEach
    void open() throws IOException {
        db = Database.open(dir.resolve("library"));
        importer = new ImportService(new SqliteDocumentStore(db), new ArticleParser(), Clock.systemUTC(), new LibraryChanges());
        good = Files.writeString(dir.resolve("good.txt"), "Hội nghị Công an\n\nNgày 21/6/2021, hội nghị sơ kết.\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<ImportResult> importWithin(Duration limit, Path... paths) {
        return assertTimeoutPreemptively(limit, () -> importer.importPaths(List.of(paths), ImportProgress.NONE));
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(10, TimeUnit.SECONDS)).isTrue();

        List<ImportResult> results = importWithin(Duration.ofSeconds(20), fifo, good);

        assertThat(results).hasSize(2);
        assertThat(results.get(0).status()).isEqualTo(Status.FAILED);
        assertThat(results.get(0).error()).contains("named pipe");
        assertThat(results.get(1).status()).isEqualTo(Status.IMPORTED);
    }

    @Test
    void aTxtSymlinkToAnEndlessDeviceIsRefusedAndTheGoodFileBesideItImports() throws Exception {
        Path zero = Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));

        List<ImportResult> results = importWithin(Duration.ofSeconds(20), zero, good);

        assertThat(results.get(0).status()).isEqualTo(Status.FAILED);
        assertThat(results.get(0).error()).contains("device");
        assertThat(results.get(1).status()).isEqualTo(Status.IMPORTED);
    }

    @Test
    void aSymlinkToARegularFileIsFollowed() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), good);
        assertThat(importWithin(Duration.ofSeconds(20), link).get(0).status()).isEqualTo(Status.IMPORTED);
    }

    @Test
    void readingStopsAtTheCapEvenWhenTheSizeLied() throws Exception {
        Path file = Files.write(dir.resolve("big.txt"), new byte[4096]);
        assertThatThrownBy(() -> ImportSources.readCapped(file, 1000)).isInstanceOf(IOException.class).hasMessageContaining("larger than");
        assertThat(ImportSources.readCapped(file, 4096)).hasSize(4096);
    }

    @Test
    void aReaderThatBlowsUpFailsOnlyItsOwnFile() {
        ImportSource exploding = new ImportSource("boom.txt", "boom.txt", 10, () -> {
            throw new OutOfMemoryError("Requested array size exceeds VM limit");
        });
        ImportSource fine = new ImportSource("fine.txt", "fine.txt", 10, () -> "Tiêu đề\n\nNội dung.\n".getBytes(StandardCharsets.UTF_8));

        List<ImportResult> results = importer.importSources(List.of(exploding, fine), ImportProgress.NONE);

        assertThat(results).extracting(ImportResult::status).containsExactly(Status.FAILED, Status.IMPORTED);
        assertThat(results.get(0).error()).contains("not enough memory to read this file");
    }
}
