package dev.annals.logic.library;

import dev.annals.logic.library.ImportResult.Status;
import dev.annals.logic.search.IndexFilter;
import dev.annals.persistence.SqliteSearchIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports of more files than one batch holds: what the parallel reading and the batched writing must keep. */
class ImportPipelineTest {

    static final int FILES = 530;

    @TempDir
    Path dir;
    private ImportLibrary library;

    @BeforeEach
    void open() {
        library = new ImportLibrary(dir);
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** A short article with a word no other article has ("maso17"), so search can tell each one apart. */
    static String article(int number) {
        return "Tin số " + number + " về công tác bảo vệ\n\nNgày " + (number % 28 + 1) + "/6/2021, Công an tỉnh họp bàn việc maso"
                + number + ". Thượng tướng Nguyễn Văn An dự và phát biểu.\n";
    }

    static List<Path> writeArticles(ImportLibrary library, int count) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) files.add(library.write(String.format("a%04d.txt", i), article(i).getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    @Test
    void givesIdsInTheOrderOfTheFilesAndReportsEachFileInOrder() throws Exception {
        writeArticles(library, FILES);
        List<String> reported = new ArrayList<>();
        List<ImportResult> results = library.importer.importPaths(List.of(library.incoming()), new ImportProgress() {
            @Override
            public void fileDone(int done, int total, String path) {
                assertThat(done).isEqualTo(reported.size() + 1);
                assertThat(total).isEqualTo(FILES);
                reported.add(path);
            }
        });

        assertThat(results).extracting(ImportResult::status).containsOnly(Status.IMPORTED);
        assertThat(results).extracting(ImportResult::path).containsExactlyElementsOf(reported);
        assertThat(reported).isSorted();
        List<Long> ids = results.stream().map(ImportResult::id).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(ids.get(FILES - 1) - ids.get(0)).isEqualTo(FILES - 1);
        for (int i : new int[]{0, 199, 200, FILES - 1}) {
            assertThat(library.store.find(ids.get(i)).orElseThrow().text()).contains("maso" + i + ".");
        }
    }

    @Test
    void findsDuplicatesInTheSameBatchAndAcrossBatchesOfOneImport() throws Exception {
        writeArticles(library, FILES);
        library.write("a0005z.txt", article(5).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)); // same batch
        library.write("a0450z.txt", article(3).getBytes(StandardCharsets.UTF_8)); // a later batch

        List<ImportResult> results = library.importer.importPaths(List.of(library.incoming()), ImportProgress.NONE);

        assertThat(results).filteredOn(r -> r.status() == Status.DUPLICATE).extracting(ImportResult::path)
                .containsExactly(library.incoming().resolve("a0005z.txt").toString(), library.incoming().resolve("a0450z.txt").toString());
        ImportResult copy5 = results.stream().filter(r -> r.path().endsWith("a0005z.txt")).findFirst().orElseThrow();
        ImportResult copy3 = results.stream().filter(r -> r.path().endsWith("a0450z.txt")).findFirst().orElseThrow();
        assertThat(copy5.id()).isEqualTo(results.stream().filter(r -> r.path().endsWith("a0005.txt")).findFirst().orElseThrow().id());
        assertThat(copy3.id()).isEqualTo(results.stream().filter(r -> r.path().endsWith("a0003.txt")).findFirst().orElseThrow().id());
        assertThat(library.store.count()).isEqualTo(FILES);
    }

    @Test
    void aCancelledImportKeepsWhatItReportedWholeAndSearchableAndARerunAddsTheRestOnce() throws Exception {
        writeArticles(library, FILES);
        AtomicInteger done = new AtomicInteger();
        List<ImportResult> first = library.importer.importPaths(List.of(library.incoming()), new ImportProgress() {
            @Override
            public void fileDone(int count, int total, String path) {
                done.set(count);
            }

            @Override
            public boolean cancelRequested() {
                return done.get() >= 250;
            }
        });

        assertThat(first).hasSize(250).extracting(ImportResult::status).containsOnly(Status.IMPORTED);
        assertThat(library.store.count()).isEqualTo(250);
        SqliteSearchIndex search = new SqliteSearchIndex(library.db);
        assertThat(search.count("maso0", IndexFilter.NONE)).isEqualTo(1);
        assertThat(search.count("maso249", IndexFilter.NONE)).isEqualTo(1);
        assertThat(search.count("maso250", IndexFilter.NONE)).isZero();

        List<ImportResult> again = library.importer.importPaths(List.of(library.incoming()), ImportProgress.NONE);

        assertThat(again.subList(0, 250)).extracting(ImportResult::status).containsOnly(Status.DUPLICATE);
        assertThat(again.subList(250, FILES)).extracting(ImportResult::status).containsOnly(Status.IMPORTED);
        assertThat(library.store.count()).isEqualTo(FILES);
        assertThat(search.count("maso250", IndexFilter.NONE)).isEqualTo(1);
    }

    @Test
    void aLargeImportPutsSQLitesUsualCheckpointBack() throws Exception {
        writeArticles(library, FILES);
        library.importer.importPaths(List.of(library.incoming()), ImportProgress.NONE);
        try (Statement st = library.db.connection().createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA wal_autocheckpoint")) {
                assertThat(rs.getInt(1)).isEqualTo(1000);
            }
        }
    }
}
