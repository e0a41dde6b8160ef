package dev.annals.logic.library;

import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;
import dev.annals.testing.AnnotateLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Document writes go through one use case, which publishes each of them. */
class DocumentServiceTest {

    @TempDir
    Path folder;
    AnnotateLibrary lib;
    DocumentService documents;
    final LibraryChanges changes = new LibraryChanges();
    final List<LibraryChange> heard = new ArrayList<>();
    long first;
    long second;

    @BeforeEach
    void open() {
        lib = new AnnotateLibrary(folder);
        documents = new DocumentService(lib.documents, changes);
        first = lib.addDocument("Hội nghị 2021", "2021-06", "Công an xã chính quy.");
        second = lib.addDocument("Sơ kết 2020", "2020", "Phòng chống tội phạm.");
        changes.subscribe(heard::add);
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void readsListAndCountWithoutPublishing() {
        assertThat(documents.list()).extracting(d -> d.id()).containsExactly(second, first);
        assertThat(documents.count()).isEqualTo(2);
        assertThat(documents.find(first).orElseThrow().text()).isEqualTo("Công an xã chính quy.");
        assertThat(documents.originalBytes(first)).isPresent();
        assertThat(heard).isEmpty();
    }

    @Test
    void aMetadataEditIsSavedReturnedAndPublished() {
        DocumentMetadata edited = new DocumentMetadata("Tên mới", PartialDate.ofDay(2021, 6, 21), "Báo", null, List.of());
        var saved = documents.updateMetadata(first, edited).orElseThrow();
        assertThat(saved.metadata().title()).isEqualTo("Tên mới");
        assertThat(heard).containsExactly(LibraryChange.documentEdited(first));
    }

    @Test
    void deletingPublishesTheDocumentsThatWereThereOnce() {
        assertThat(documents.delete(List.of(first, 999L))).isEqualTo(1);
        assertThat(heard).singleElement().satisfies(c -> {
            assertThat(c.docIds()).containsExactly(first);
            assertThat(c.changesAnnotations()).isTrue();
        });
        assertThat(documents.delete(List.of(first))).isZero();
        assertThat(heard).hasSize(1);
    }
}
