package dev.annals.logic.library;

import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.ImportResult.Status;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteDocumentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportServiceTest {

    private static final String ARTICLE = "Bộ Công an tổ chức hội nghị sơ kết\n\nNgày 21/6/2021, Đảng ủy Công an Trung ương tổ chức "
            + "hội nghị sơ kết công tác 6 tháng đầu năm 2021.\n\nChủ tịch nước Nguyễn Xuân Phúc dự và phát biểu.\n";

    @TempDir
    Path dir;
    private Database db;
    private SqliteDocumentStore store;
    private ImportService importer;
    private final LibraryChanges changes = new LibraryChanges();
    private final List<LibraryChange> heard = new java.util.ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library"));
        store = new SqliteDocumentStore(db);
        importer = new ImportService(store, new ArticleParser(), Clock.systemUTC(), changes);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    @Test
    void importsAFileAndKeepsItsOriginalBytes() throws Exception {
        byte[] bytes = ("\uFEFF" + ARTICLE.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        List<ImportResult> results = importer.importPaths(List.of(write("a.txt", bytes)), ImportProgress.NONE);

        ImportResult result = results.get(0);
        assertThat(result.status()).isEqualTo(Status.IMPORTED);
        assertThat(result.title()).isEqualTo("Bộ Công an tổ chức hội nghị sơ kết");
        assertThat(result.date()).hasToString("2021-06-21");
        assertThat(store.originalBytes(result.id())).hasValue(bytes);
        var doc = store.find(result.id()).orElseThrow();
        assertThat(doc.text()).isEqualTo(ARTICLE.strip());
        assertThat(doc.sha256()).isEqualTo(Hashing.sha256(doc.text()));
    }

    @Test
    void reportsTheSameArticleInOtherEncodingsAndLineEndingsAsDuplicates() throws Exception {
        Path utf8 = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Path crlf = write("b.txt", ARTICLE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Path utf16 = write("c.txt", TextDecoderTest.concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, ARTICLE.getBytes(StandardCharsets.UTF_16LE)));
        Path legacy = write("d.txt", LegacyVietnamese.encode(ARTICLE.replace("\n", "\r")));

        List<ImportResult> results = importer.importPaths(List.of(utf8, crlf, utf16, legacy), ImportProgress.NONE);

        assertThat(results).extracting(ImportResult::status).containsExactly(Status.IMPORTED, Status.DUPLICATE, Status.DUPLICATE, Status.DUPLICATE);
        assertThat(results).extracting(ImportResult::id).containsOnly(results.get(0).id());
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void theBundledArticlesInWindows1258WithCrLfAreDuplicatesOfTheirUtf8Originals() throws Exception {
        List<ImportResult> originals = importer.importSources(SeedCorpus.sources(), ImportProgress.NONE);
        List<ImportSource> legacy = new java.util.ArrayList<>();
        for (ImportSource seed : SeedCorpus.sources()) {
            String text = new String(seed.reader().read(), StandardCharsets.UTF_8).replace("\n", "\r\n");
            byte[] bytes = LegacyVietnamese.encode(text);
            legacy.add(new ImportSource("legacy/" + seed.fileName(), seed.fileName(), bytes.length, () -> bytes));
        }

        List<ImportResult> results = importer.importSources(legacy, ImportProgress.NONE);

        assertThat(results).extracting(ImportResult::status).containsOnly(Status.DUPLICATE);
        assertThat(results).extracting(ImportResult::id).containsExactlyElementsOf(originals.stream().map(ImportResult::id).toList());
        assertThat(results).allSatisfy(r -> assertThat(r.warnings()).isEmpty());
    }

    @Test
    void reportsADuplicateOfADocumentImportedEarlier() throws Exception {
        Path file = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        long id = importer.importPaths(List.of(file), ImportProgress.NONE).get(0).id();

        ImportResult again = importer.importPaths(List.of(write("copy.md", (ARTICLE + "\n\n\n").getBytes(StandardCharsets.UTF_8))), ImportProgress.NONE).get(0);

        assertThat(again.status()).isEqualTo(Status.DUPLICATE);
        assertThat(again.id()).isEqualTo(id);
    }

    @Test
    void findsStoredTextsAmongMoreHashesThanOneQueryHolds() throws Exception {
        Path file = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        ImportResult stored = importer.importPaths(List.of(file), ImportProgress.NONE).get(0);
        String sha = store.find(stored.id()).orElseThrow().sha256();
        List<String> hashes = new java.util.ArrayList<>();
        for (int i = 0; i < 1200; i++) hashes.add(String.format("%064d", i));
        hashes.add(900, sha);

        assertThat(store.findIdsBySha256(hashes)).containsExactly(java.util.Map.entry(sha, stored.id()));
    }

    @Test
    void failsEachBadFileWithAReasonAndImportsTheRest() throws Exception {
        write("1-good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        write("2-binary.txt", new byte[]{'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 2});
        write("3-empty.txt", new byte[0]);
        write("4-blank.md", " \r\n\t\r\n".getBytes(StandardCharsets.UTF_8));
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("in").resolve("5-huge.txt").toFile(), "rw")) {
            huge.setLength(ImportService.MAX_FILE_BYTES + 1); // sparse: no disk space used
        }
        write("6-other.html", "<html><body><h1>Một bài khác hẳn</h1><p>Nội dung khác.</p></body></html>".getBytes(StandardCharsets.UTF_8));

        List<ImportResult> results = importer.importPaths(List.of(dir.resolve("in"), dir.resolve("missing.txt")), ImportProgress.NONE);

        assertThat(results).extracting(r -> Path.of(r.path()).getFileName().toString(), ImportResult::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("missing.txt", Status.FAILED),
                org.assertj.core.groups.Tuple.tuple("1-good.txt", Status.IMPORTED),
                org.assertj.core.groups.Tuple.tuple("2-binary.txt", Status.FAILED),
                org.assertj.core.groups.Tuple.tuple("3-empty.txt", Status.FAILED),
                org.assertj.core.groups.Tuple.tuple("4-blank.md", Status.FAILED),
                org.assertj.core.groups.Tuple.tuple("5-huge.txt", Status.FAILED),
                org.assertj.core.groups.Tuple.tuple("6-other.html", Status.IMPORTED));
        assertThat(results).filteredOn(r -> r.status() == Status.FAILED).extracting(ImportResult::error)
                .anySatisfy(e -> assertThat(e).contains("no such file"))
                .anySatisfy(e -> assertThat(e).contains("not a text file"))
                .anySatisfy(e -> assertThat(e).contains("empty"))
                .anySatisfy(e -> assertThat(e).contains("no text"))
                .anySatisfy(e -> assertThat(e).contains("larger than 50 MB"));
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void failsAFileDeclaredLargerThan50MegabytesWithoutReadingIt() {
        ImportSource big = new ImportSource("big.txt", "big.txt", 60L * 1024 * 1024, () -> {
            throw new AssertionError("a file over the limit must not be read");
        });
        ImportResult result = importer.importSources(List.of(big), ImportProgress.NONE).get(0);
        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.error()).contains("larger than 50 MB");
    }

    @Test
    void failsAnUnreadableFileAndImportsTheNextOne() {
        ImportSource unreadable = new ImportSource("locked.txt", "locked.txt", 10, () -> {
            throw new java.nio.file.AccessDeniedException("locked.txt");
        });
        ImportSource good = new ImportSource("good.txt", "good.txt", 10, () -> ARTICLE.getBytes(StandardCharsets.UTF_8));

        List<ImportResult> results = importer.importSources(List.of(unreadable, good), ImportProgress.NONE);

        assertThat(results.get(0).status()).isEqualTo(Status.FAILED);
        assertThat(results.get(0).error()).contains("cannot be read");
        assertThat(results.get(1).status()).isEqualTo(Status.IMPORTED);
    }

    @Test
    void warnsAboutInvalidBytesAndStillImports() {
        byte[] bytes = TextDecoderTest.concat(ARTICLE.getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xFF, 'x'});
        ImportResult result = importer.importSources(List.of(new ImportSource("bad.txt", "bad.txt", bytes.length, () -> bytes)), ImportProgress.NONE).get(0);
        assertThat(result.status()).isEqualTo(Status.IMPORTED);
        assertThat(result.warnings()).singleElement().asString().contains("byte offset " + (bytes.length - 2));
    }

    @Test
    void publishesTheIdsOfEachStoredBatchAndNothingForDuplicatesOrFailures() throws Exception {
        changes.subscribe(heard::add);
        Path article = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        List<ImportResult> first = importer.importPaths(List.of(article), ImportProgress.NONE);
        assertThat(heard).singleElement().satisfies(c -> {
            assertThat(c.has(LibraryChange.Aspect.DOCUMENTS_ADDED)).isTrue();
            assertThat(c.docIds()).containsExactly(first.get(0).id());
        });
        heard.clear();
        importer.importPaths(List.of(article, write("empty.txt", new byte[0])), ImportProgress.NONE);
        assertThat(heard).isEmpty();
    }

    @Test
    void aDateHeaderIsReadAsTheDateButLeftOutOfTheText() throws Exception {
        Path file = write("h.txt", ("date 2021-06 " + ARTICLE).getBytes(StandardCharsets.UTF_8));
        ImportResult result = importer.importPaths(List.of(file), ImportProgress.NONE).get(0);
        assertThat(store.find(result.id()).orElseThrow().text()).isEqualTo(ARTICLE.strip());
        assertThat(result.date()).hasToString("2021-06-21");
    }
}
