package dev.annals.logic.library;

import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.ImportResult.Status;
import dev.annals.logic.search.IndexFilter;
import dev.annals.model.Document;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.DocumentSummary;
import dev.annals.persistence.SqliteSearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import that fails in the middle of writing a batch (the disk is full): the batches committed before are whole and
 * searchable, nothing of the failed one is left, and importing again adds the rest once. A process killed in the
 * middle is the crash drill's part ({@code CrashAndDamageDrillTest}).
 */
class ImportInterruptionTest {

    @Test
    void aFailureInsideTheThirdBatchKeepsTheFirstTwoWholeAndSearchableAndNothingOfTheThird(@TempDir Path dir) throws Exception {
        try (ImportLibrary library = new ImportLibrary(dir)) {
            failInTheThirdBatchThenImportAgain(library);
        }
    }

    private static void failInTheThirdBatchThenImportAgain(ImportLibrary library) throws Exception {
        ImportPipelineTest.writeArticles(library, ImportPipelineTest.FILES);
        ImportService failing = new ImportService(new FailingInBatch(library.store, 3, 57), new ArticleParser(), Clock.systemUTC(),
                new LibraryChanges());

        assertThatThrownBy(() -> failing.importPaths(List.of(library.incoming()), ImportProgress.NONE))
                .hasMessageContaining("the disk is full");

        assertThat(library.store.count()).isEqualTo(400);
        SqliteSearchIndex search = new SqliteSearchIndex(library.db);
        for (DocumentSummary summary : library.store.list()) {
            Document doc = library.store.find(summary.id()).orElseThrow();
            String word = doc.text().replaceAll("(?s).*(maso\\d+).*", "$1");
            assertThat(search.count(word, IndexFilter.NONE)).as(word).isEqualTo(1);
            assertThat(library.store.originalBytes(summary.id())).isPresent();
        }
        for (int i = 400; i < ImportPipelineTest.FILES; i++) assertThat(search.count("maso" + i, IndexFilter.NONE)).isZero();

        List<ImportResult> again = library.importer.importPaths(List.of(library.incoming()), ImportProgress.NONE);

        assertThat(again.subList(0, 400)).extracting(ImportResult::status).containsOnly(Status.DUPLICATE);
        assertThat(again.subList(400, ImportPipelineTest.FILES)).extracting(ImportResult::status).containsOnly(Status.IMPORTED);
        assertThat(library.store.count()).isEqualTo(ImportPipelineTest.FILES);
        for (int i : new int[]{399, 400, ImportPipelineTest.FILES - 1}) assertThat(search.count("maso" + i, IndexFilter.NONE)).isEqualTo(1);
    }

    /** The real store, whose {@code batch}-th insertAll fails after writing {@code written} documents of it. */
    private record FailingInBatch(DocumentStore store, int batch, int written, int[] calls) implements DocumentStore {

        FailingInBatch(DocumentStore store, int batch, int written) {
            this(store, batch, written, new int[1]);
        }

        @Override
        public List<Long> insertAll(List<NewDocument> documents) {
            if (++calls[0] != batch) return store.insertAll(documents);
            return store.insertAll(new AbstractList<>() {
                @Override
                public NewDocument get(int index) {
                    if (index == written) throw new IllegalStateException("the disk is full");
                    return documents.get(index);
                }

                @Override
                public int size() {
                    return documents.size();
                }
            });
        }

        @Override
        public BulkInsert bulkInsert() {
            return store.bulkInsert();
        }

        @Override
        public Optional<Long> findIdBySha256(String sha256) {
            return store.findIdBySha256(sha256);
        }

        @Override
        public Map<String, Long> findIdsByWordsKey(Collection<String> wordsKeys) {
            return store.findIdsByWordsKey(wordsKeys);
        }

        @Override
        public List<DocumentSummary> list() {
            return store.list();
        }

        @Override
        public Optional<Document> find(long id) {
            return store.find(id);
        }

        @Override
        public void updateMetadata(long id, DocumentMetadata metadata) {
            store.updateMetadata(id, metadata);
        }

        @Override
        public void updateText(long id, String text, String sha256, int chars) {
            store.updateText(id, text, sha256, chars);
        }

        @Override
        public boolean delete(long id) {
            return store.delete(id);
        }

        @Override
        public int count() {
            return store.count();
        }

        @Override
        public Optional<byte[]> originalBytes(long id) {
            return store.originalBytes(id);
        }
    }
}
