package dev.annals.ui.library;

import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.annotate.UndoHistory;
import dev.annals.logic.annotate.UndoableCommand;
import dev.annals.logic.library.ArticleParser;
import dev.annals.logic.library.DocumentService;
import dev.annals.logic.library.ImportService;
import dev.annals.logic.library.SeedCorpus;
import dev.annals.model.DateSource;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteDocumentStore;
import dev.annals.persistence.SqliteSettings;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting the date of several documents from the library is one undo step, and the library's Undo takes only it back. */
class BulkDatesTest {

    @TempDir
    Path dir;

    private Database db;
    private SqliteDocumentStore store;
    private LibraryViewModel model;
    private final UndoHistory history = new UndoHistory();
    private final LibraryChanges changes = new LibraryChanges();

    @BeforeEach
    void openSeededLibrary() {
        db = Database.open(dir.resolve("library"), Clock.systemUTC());
        store = new SqliteDocumentStore(db);
        ImportService importer = new ImportService(store, new ArticleParser(), Clock.systemUTC(), changes);
        SeedCorpus.seedIfNew(store, new SqliteSettings(db), importer);
        model = new LibraryViewModel(new DocumentService(store, changes), importer, history, new SameThreadBackgroundTasks(),
                I18n.forLanguage("en"), new FxLibraryChanges(changes, Runnable::run));
        model.reload();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<DocumentSummary> firstTwo() {
        return List.copyOf(model.documents().subList(0, 2));
    }

    @Test
    void setsTheDateAsOneUndoStepAndTheFiltersSeeIt() {
        List<DocumentSummary> chosen = firstTwo();
        model.bulkDates().setDate(chosen, PartialDate.ofMonth(1999, 9));

        assertThat(model.documents()).filteredOn(d -> PartialDate.ofMonth(1999, 9).equals(d.date())).hasSize(2)
                .allSatisfy(d -> assertThat(d.dateSource()).isEqualTo(DateSource.USER));
        assertThat(history.undoLabel()).contains("set the date of 2 documents to 1999-09");
        assertThat(model.bulkDates().lastProperty().get().size()).isEqualTo(2);

        history.undo();
        assertThat(model.documents()).noneSatisfy(d -> assertThat(d.date()).isEqualTo(PartialDate.ofMonth(1999, 9)));
        history.redo();
        assertThat(model.documents()).filteredOn(d -> PartialDate.ofMonth(1999, 9).equals(d.date())).hasSize(2);
    }

    @Test
    void theLibrarysUndoTakesBackItsOwnChangeOnly() {
        model.bulkDates().setDate(firstTwo(), PartialDate.ofYear(1999));
        model.bulkDates().undo();
        assertThat(model.documents()).noneSatisfy(d -> assertThat(d.date()).isEqualTo(PartialDate.ofYear(1999)));
        assertThat(model.bulkDates().lastProperty().get()).isNull();

        model.bulkDates().setDate(firstTwo(), PartialDate.ofYear(1998));
        boolean[] otherUndone = {false};
        history.record(new UndoableCommand() {
            @Override
            public String label() { return "something else"; }

            @Override
            public void undo() { otherUndone[0] = true; }

            @Override
            public void redo() { }
        });
        model.bulkDates().undo();
        assertThat(otherUndone[0]).isFalse();
        assertThat(model.documents()).filteredOn(d -> PartialDate.ofYear(1998).equals(d.date())).hasSize(2);
    }

    @Test
    void filtersShowOnlyTheDocumentsWithoutADate() {
        model.bulkDates().setDate(firstTwo(), PartialDate.ofYear(1999));
        model.onlyUndatedProperty().set(true);
        assertThat(model.visibleDocuments()).isEmpty();
        model.bulkDates().undo();
        model.onlyUndatedProperty().set(false);
        model.onlyUntitledProperty().set(true);
        assertThat(model.visibleDocuments()).isEmpty();
        model.onlyUntitledProperty().set(false);
        assertThat(model.visibleDocuments()).hasSize(5);
    }

    @Test
    void theImportSummarySaysWhereTheDatesCameFrom() {
        var results = List.of(
                new dev.annals.logic.library.ImportResult("a.txt", dev.annals.logic.library.ImportResult.Status.IMPORTED, 1L, "A",
                        PartialDate.ofYear(2020), DateSource.HEADER, List.of(), null),
                new dev.annals.logic.library.ImportResult("b.txt", dev.annals.logic.library.ImportResult.Status.IMPORTED, 2L, null,
                        null, null, List.of(), null));
        String line = new ImportFeedback(I18n.forLanguage("en"), null).datesLine(new ImportSummary(results, false));
        assertThat(line).isEqualTo("1 with a date (header 1) · 1 without a date · 1 without a title");
        String vi = new ImportFeedback(I18n.forLanguage("vi"), null).datesLine(new ImportSummary(results, false));
        assertThat(vi).isEqualTo("1 có ngày (phần đầu tệp 1) · 1 chưa có ngày · 1 chưa có tiêu đề");
    }
}
