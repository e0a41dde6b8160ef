package dev.annals.ui.library;

import atlantafx.base.theme.PrimerLight;
import dev.annals.logic.annotate.UndoHistory;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.ArticleParser;
import dev.annals.logic.library.DocumentService;
import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.ImportService;
import dev.annals.logic.library.NewDocument;
import dev.annals.model.CodePoints;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteDocumentStore;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static dev.annals.ui.library.LibraryTableWaits.awaitRows;
import static dev.annals.ui.library.LibraryTableWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A library of 600 documents whose whole list is read only when the test says so: the table shows the list's first
 * page at once, and what the user did meanwhile (a filter typed, a row chosen, the table scrolled) survives the rest
 * arriving.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryStreamingGuiTest {

    private static final int DOCUMENTS = 600;
    private Database db;
    private SqliteDocumentStore store;
    private HeldListStore held;
    private FxBackgroundTasks tasks;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        db = Database.open(Files.createTempDirectory("annals-streaming").resolve("library"), Clock.systemUTC());
        store = new SqliteDocumentStore(db);
        store.insertAll(documents());
        held = new HeldListStore(store);
        tasks = new FxBackgroundTasks();
        LibraryChanges changes = new LibraryChanges();
        LibraryViewModel model = new LibraryViewModel(new DocumentService(held, changes),
                new ImportService(held, new ArticleParser(), Clock.systemUTC(), changes), new UndoHistory(), tasks,
                I18n.forLanguage("en"), FxLibraryChanges.onFxThread(changes));
        LibraryView view = new LibraryView(model, I18n.forLanguage("en"), new RecordingNavigator(new ArrayList<>()),
                FilePicker.answering(List.of()), uri -> { });
        model.reload();
        stage.setScene(new Scene((Parent) view.root(), 1100, 640));
        stage.show();
    }

    /** Conferences "Hội nghị số N" (every third) among news, ten years of them. */
    private static List<NewDocument> documents() {
        List<NewDocument> docs = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            String title = (i % 3 == 0 ? "Hội nghị số " : "Tin tức ") + i;
            String text = title + " — nội dung " + i;
            docs.add(new NewDocument(new DocumentMetadata(title, PartialDate.ofYear(2010 + i % 10), "Báo Công an", null, List.of()),
                    text, Hashing.sha256(text), CodePoints.length(text), title + ".txt", text.getBytes(StandardCharsets.UTF_8), Instant.EPOCH));
        }
        return docs;
    }

    @AfterEach
    void close() {
        held.release();
        tasks.close();
        db.close();
    }

    @Test
    void theFirstRowsShowBeforeTheWholeLibraryIsReadAndTheCountSaysTheRestIsComing(FxRobot robot) {
        TableView<DocumentSummary> table = awaitRows(robot, LibraryViewModel.FIRST_PAGE);
        assertThat(table.getItems()).containsExactlyElementsOf(store.list(LibraryViewModel.FIRST_PAGE));
        assertThat(count(robot)).isEqualTo("200 of 600 · loading the rest…");

        held.release();
        awaitRows(robot, DOCUMENTS);
        assertThat(table.getItems()).containsExactlyElementsOf(store.list());
        assertThat(count(robot)).isEqualTo("600 of 600");
    }

    @Test
    void theTypedFilterAndTheChosenRowSurviveTheRestArriving(FxRobot robot) {
        TableView<DocumentSummary> table = awaitRows(robot, LibraryViewModel.FIRST_PAGE);
        robot.clickOn("#filterField").write("hoi nghi so 1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty().allSatisfy(d -> assertThat(d.title()).startsWith("Hội nghị số").contains("1"))
                .containsExactlyElementsOf(matching(store.list(LibraryViewModel.FIRST_PAGE), "hoi nghi so 1"));
        robot.clickOn(row(robot, 1));
        long chosen = table.getSelectionModel().getSelectedItem().id();

        held.release();
        waitUntil(() -> count(robot).equals(matching(store.list(), "hoi nghi so 1").size() + " of 600"));
        assertThat(robot.lookup("#filterField").queryTextInputControl().getText()).isEqualTo("hoi nghi so 1");
        assertThat(table.getItems()).containsExactlyElementsOf(matching(store.list(), "hoi nghi so 1"));
        assertThat(table.getSelectionModel().getSelectedItems()).singleElement().satisfies(d -> assertThat(d.id()).isEqualTo(chosen));
    }

    @Test
    void headerClicksStillSortAfterTheRestArrivedAndKeepTheChosenRow(FxRobot robot) {
        held.release();
        TableView<DocumentSummary> table = awaitRows(robot, DOCUMENTS);
        robot.clickOn(row(robot, 2));
        long chosen = table.getSelectionModel().getSelectedItem().id();

        robot.clickOn(robot.lookup("#column-title").query().lookup(".label"));
        WaitForAsyncUtils.waitForFxEvents();
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        assertThat(table.getItems()).hasSize(DOCUMENTS).extracting(DocumentSummary::title).isSortedAccordingTo(collator::compare);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(chosen);

        robot.clickOn("#filterField").write("so 4");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(DocumentSummary::title).isNotEmpty()
                .allSatisfy(t -> assertThat(t).startsWith("Hội nghị số").contains("4")).isSortedAccordingTo(collator::compare);

        robot.clickOn(robot.lookup("#column-title").query().lookup(".label"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(DocumentSummary::title).isSortedAccordingTo((a, b) -> collator.compare(b, a));
    }

    @Test
    void theRowsInViewStayInViewWhenTheRestArrives(FxRobot robot) {
        TableView<DocumentSummary> table = awaitRows(robot, LibraryViewModel.FIRST_PAGE);
        robot.interact(() -> table.scrollTo(150));
        long top = store.list(LibraryViewModel.FIRST_PAGE).get(150).id();
        waitUntil(() -> firstRowInView(robot, table) == top);

        held.release();
        awaitRows(robot, DOCUMENTS);
        robot.sleep(300); // some frames: the table lays the new rows out
        assertThat(firstRowInView(robot, table)).isEqualTo(top);
    }

    private static List<DocumentSummary> matching(List<DocumentSummary> documents, String text) {
        return documents.stream().filter(new LibraryFilter(text, Set.of(), Set.of())).toList();
    }

    private static long firstRowInView(FxRobot robot, TableView<DocumentSummary> table) {
        VirtualFlow<?> flow = robot.from(table).lookup(".virtual-flow").query();
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                IndexedCell<?> first = flow.getFirstVisibleCell();
                return table.getItems().get(first.getIndex()).id();
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static javafx.scene.Node row(FxRobot robot, int row) {
        return robot.from(robot.lookup("#libraryTable").queryTableView()).lookup(".table-row-cell").nth(row).query();
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#visibleCountLabel").queryLabeled().getText();
    }
}
