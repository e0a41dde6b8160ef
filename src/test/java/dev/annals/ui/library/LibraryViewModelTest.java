package dev.annals.ui.library;

import dev.annals.logic.annotate.UndoHistory;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.ArticleParser;
import dev.annals.logic.library.DocumentService;
import dev.annals.logic.library.ImportResult;
import dev.annals.logic.library.ImportService;
import dev.annals.logic.library.SeedCorpus;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentSummary;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteDocumentStore;
import dev.annals.persistence.SqliteSettings;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import dev.annals.ui.common.TaskHandle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryViewModelTest {

    @TempDir
    Path dir;

    private Database db;
    private SqliteDocumentStore store;
    private DocumentService documents;
    private final LibraryChanges changes = new LibraryChanges();
    private LibraryViewModel model;
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void openSeededLibrary() {
        db = Database.open(dir.resolve("library"), Clock.systemUTC());
        store = new SqliteDocumentStore(db);
        documents = new DocumentService(store, changes);
        ImportService importer = new ImportService(store, new ArticleParser(), Clock.systemUTC(), changes);
        SeedCorpus.seedIfNew(store, new SqliteSettings(db), importer);
        model = new LibraryViewModel(documents, importer, new UndoHistory(), new SameThreadBackgroundTasks(), I18n.forLanguage("en"),
                new FxLibraryChanges(changes, Runnable::run));
        model.setOnError(errors::add);
        model.reload();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void loadsTheSeedArticlesWithTheirYears() {
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.documents()).hasSize(5);
        assertThat(model.visibleDocuments()).hasSize(5);
        assertThat(model.years()).isNotEmpty().isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void textFilterIgnoresToneMarksAndDStroke() {
        model.filterTextProperty().set("cong an");
        List<DocumentSummary> unaccented = List.copyOf(model.visibleDocuments());
        model.filterTextProperty().set("Công an");
        assertThat(unaccented).isNotEmpty().containsExactlyElementsOf(model.visibleDocuments());

        model.filterTextProperty().set("dang uy");
        assertThat(model.visibleDocuments()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.title()).containsIgnoringCase("Đảng ủy"));
    }

    @Test
    void yearAndKindFiltersKeepOnlyMatchingDocumentsAndCombine() {
        int year = model.years().get(model.years().size() - 1);
        model.chosenYears().setAll(year);
        assertThat(model.visibleDocuments()).isNotEmpty().allSatisfy(d -> assertThat(d.date().year()).isEqualTo(year));

        model.chosenYears().clear();
        ConferenceKind kind = model.documents().stream().map(DocumentSummary::kind).filter(k -> k != null).findFirst().orElseThrow();
        model.chosenKinds().setAll(kind);
        assertThat(model.visibleDocuments()).isNotEmpty().allSatisfy(d -> assertThat(d.kind()).isEqualTo(kind));

        model.chosenYears().setAll(9999);
        assertThat(model.visibleDocuments()).isEmpty();
    }

    @Test
    void importReportsImportedDuplicatesAndFailuresAndReloads() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("incoming"));
        Files.writeString(folder.resolve("new.txt"), "Hội nghị mới\n\nNgày 03/02/2023, Bộ Công an tổ chức hội nghị.", StandardCharsets.UTF_8);
        Files.write(folder.resolve("seed-copy.txt"), SeedCorpus.sources().get(0).reader().read());
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        List<ImportSummary> finished = new ArrayList<>();
        model.setOnImportFinished(finished::add);

        model.importPaths(List.of(folder));

        ImportSummary summary = model.lastImportProperty().get();
        assertThat(finished).containsExactly(summary);
        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.notImported()).extracting(ImportResult::status)
                .containsExactlyInAnyOrder(ImportResult.Status.DUPLICATE, ImportResult.Status.FAILED);
        assertThat(summary.notImported()).filteredOn(r -> r.status() == ImportResult.Status.FAILED)
                .singleElement().satisfies(r -> assertThat(r.error()).isNotBlank());
        assertThat(model.documents()).hasSize(6);
        assertThat(model.importingProperty().get()).isFalse();
    }

    @Test
    void cancelledImportStopsBetweenFilesAndSaysSo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 5; i++) Files.writeString(folder.resolve("a" + i + ".txt"), "Bài số " + i + " về hội nghị.");
        LibraryViewModel cancelling = new LibraryViewModel(documents, new ImportService(store, new ArticleParser(), Clock.systemUTC(), changes),
                new UndoHistory(), new CancelAfterFirstFile(), I18n.forLanguage("en"), new FxLibraryChanges(changes, Runnable::run));

        cancelling.importPaths(List.of(folder));

        ImportSummary summary = cancelling.lastImportProperty().get();
        assertThat(summary.cancelled()).isTrue();
        assertThat(summary.results()).hasSize(1);
    }

    @Test
    void deleteCountsTheAnnotationsThatGoAndRemovesTheDocuments() {
        List<DocumentSummary> two = List.copyOf(model.documents().subList(0, 2));
        assertThat(model.annotationsOf(two)).isEqualTo(two.get(0).annotationCount() + two.get(1).annotationCount());

        model.delete(two);

        assertThat(model.documents()).hasSize(3).doesNotContainAnyElementsOf(two);
        assertThat(store.count()).isEqualTo(3);
    }

    @Test
    void originalFileHoldsTheImportedBytes() throws Exception {
        DocumentSummary first = model.documents().get(0);
        List<OriginalFile> loaded = new ArrayList<>();

        model.loadOriginal(first, loaded::add);

        OriginalFile original = loaded.get(0);
        assertThat(Files.readAllBytes(original.file())).isEqualTo(store.originalBytes(first.id()).orElseThrow());
        assertThat(original.text()).isNotBlank();
        assertThat(errors).isEmpty();
    }

    @Test
    void failureBecomesAMessageNotAnException() {
        db.close();
        model.reload();
        assertThat(errors).hasSize(1);
    }

    /** Runs work at once, and asks it to stop as soon as it reports its first file. */
    private static final class CancelAfterFirstFile implements BackgroundTasks {
        private final SameThreadBackgroundTasks delegate = new SameThreadBackgroundTasks();

        @Override
        public <T> TaskHandle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            return delegate.submit(title, progress -> work.run(new Progress() {
                private boolean reported;

                @Override
                public void update(long done, long total, String message) {
                    reported = true;
                }

                @Override
                public boolean isCancelled() {
                    return reported;
                }
            }), onSuccess, onFailure);
        }

        @Override
        public dev.annals.ui.common.RunningTasks running() {
            return delegate.running();
        }
    }
}
