package dev.annals.logic.timeline;

import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.ArticleParser;
import dev.annals.logic.library.ImportProgress;
import dev.annals.logic.library.ImportService;
import dev.annals.logic.library.NewDocument;
import dev.annals.logic.library.SeedCorpus;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteConferenceStore;
import dev.annals.persistence.SqliteDocumentStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A real SQLite library in a temporary folder, holding the bundled seed articles with their known metadata. */
public final class SeedLibrary implements AutoCloseable {

    /** The metadata of each seed file, as the import's extraction finds it. */
    public static final Map<String, DocumentMetadata> SEEDS = Map.of(
            "000_0e0605bb8dec2198.txt", meta("Hội nghị sơ kết công tác công an 6 tháng đầu năm 2020", PartialDate.ofYear(2020), ConferenceKind.SIX_MONTH_REVIEW),
            "001_12874e23efcb2c87.txt", meta("Hội nghị sơ kết công tác Công an 6 tháng đầu năm 2021", PartialDate.ofDay(2021, 6, 21), ConferenceKind.SIX_MONTH_REVIEW),
            "002_c69ccf0290f8bbb5.txt", meta("Hội nghị Công an toàn quốc lần thứ 77", PartialDate.ofDay(2021, 12, 29), ConferenceKind.ANNUAL_NATIONAL),
            "003_ad2d6689d32f3b92.txt", meta("Sơ kết 2 năm thực hiện Nghị quyết 12 và Chỉ thị 11 về Công an xã", PartialDate.ofDay(2024, 11, 20), ConferenceKind.THEMATIC_REVIEW),
            "004_a247764e4e55ebab.txt", meta("Hội nghị trực tuyến về phòng, chống dịch Covid-19", PartialDate.ofDay(2021, 8, 17), ConferenceKind.ONLINE));

    public final Database db;
    public final SqliteDocumentStore documents;
    public final ConferenceService conferences;
    public final LibraryChanges changes = new LibraryChanges();

    private SeedLibrary(Path folder) {
        db = Database.open(folder);
        documents = new SqliteDocumentStore(db);
        conferences = new ConferenceService(new SqliteConferenceStore(db), documents, changes);
    }

    public static SeedLibrary empty(Path folder) {
        return new SeedLibrary(folder);
    }

    /** The five seed articles with the metadata the import extracts from them. */
    public static SeedLibrary imported(Path folder) {
        SeedLibrary library = new SeedLibrary(folder);
        new ImportService(library.documents, new ArticleParser(), Clock.systemUTC(), library.changes).importSources(SeedCorpus.sources(), ImportProgress.NONE);
        return library;
    }

    /** The five seed articles, imported through the real import path, with their metadata set as known. */
    public static SeedLibrary withSeeds(Path folder) {
        SeedLibrary library = imported(folder);
        for (var summary : library.documents.list()) {
            String name = library.documents.find(summary.id()).orElseThrow().originalName();
            library.documents.updateMetadata(summary.id(), SEEDS.get(name));
        }
        return library;
    }

    public static DocumentMetadata meta(String title, PartialDate date, ConferenceKind kind) {
        return new DocumentMetadata(title, date, "test", kind, List.of());
    }

    /** Adds an article with this metadata and returns its id. */
    public long add(String text, DocumentMetadata metadata) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = dev.annals.logic.library.Hashing.sha256(text);
        return documents.insertAll(List.of(new NewDocument(metadata, text, sha, text.length(), "added.txt", bytes, Instant.now()))).get(0);
    }

    public long idOf(String seedFile) {
        return documents.list().stream()
                .filter(d -> seedFile.equals(documents.find(d.id()).orElseThrow().originalName()))
                .findFirst().orElseThrow().id();
    }

    @Override
    public void close() {
        db.close();
    }
}
