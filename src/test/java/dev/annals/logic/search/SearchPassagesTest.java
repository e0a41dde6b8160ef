package dev.annals.logic.search;

import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.NewDocument;
import dev.annals.model.CodePoints;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteDocumentStore;
import dev.annals.persistence.SqliteSearchIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every hit of a query across a library larger than one chunk of texts read from SQLite. */
class SearchPassagesTest {

    static final int DOCUMENTS = 450;

    @TempDir
    Path folder;
    Database db;
    SearchService search;

    @BeforeEach
    void open() {
        db = Database.open(folder);
        List<NewDocument> docs = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            String text = "Bài " + i + ": Công an xã giữ an ninh; Công an tỉnh " + (i % 2 == 0 ? "báo cáo." : "họp.");
            docs.add(new NewDocument(new DocumentMetadata("Bài " + i, PartialDate.ofYear(2000 + i % 3), null, null, List.of()), text,
                    Hashing.sha256(text), CodePoints.length(text), i + ".txt", text.getBytes(StandardCharsets.UTF_8), Instant.EPOCH));
        }
        new SqliteDocumentStore(db).insertAll(docs);
        search = new SearchService(new SqliteSearchIndex(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void findsEveryHitOfEveryDocumentWithItsContextAndHash() throws Exception {
        List<PassageHit> hits = search.passages("\"cong an\"", SearchFilters.NONE, Integer.MAX_VALUE);

        assertThat(hits).hasSize(2 * DOCUMENTS);
        assertThat(hits.stream().map(PassageHit::docId).distinct()).hasSize(DOCUMENTS);
        PassageHit first = hits.get(0);
        assertThat(first.anchor().exact()).isEqualTo("Công an");
        assertThat(first.anchor().suffix()).startsWith(" xã giữ an ninh");
        assertThat(first.textSha256()).hasSize(64);
    }

    @Test
    void stopsAtTheMostHitsAskedAndKeepsTheFilters() throws Exception {
        assertThat(search.passages("\"cong an\"", SearchFilters.NONE, 7)).hasSize(7);
        assertThat(search.passages("cong an bao cao", new SearchFilters(2001, 2001, null, null), 10_000))
                .allSatisfy(h -> assertThat(h.date()).isEqualTo(PartialDate.ofYear(2001)))
                .extracting(h -> h.anchor().exact()).contains("báo cáo", "Công an");
        assertThat(search.passages("cong an -hop", SearchFilters.NONE, 10_000).stream().map(PassageHit::docId).distinct()).hasSize(DOCUMENTS / 2);
    }
}
