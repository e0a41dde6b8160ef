package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.model.Annotation;
import dev.annals.model.DocumentSummary;
import dev.annals.model.Theme;
import dev.annals.testing.FxThreadGuard;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.library.FilePicker;
import dev.annals.ui.shell.BundledFonts;
import dev.annals.ui.shell.Section;
import dev.annals.ui.shell.SettingsStore;
import dev.annals.ui.shell.UserSettings;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.GenericStyledArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main flows of the window as a person goes through them: clicking and typing in the real controls, and
 * checking what is on the screen (the status bar, the table's cells, the passage list). Meanwhile every node is
 * watched for a change made off the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFlowsGuiTest {

    private Path home;
    private LibrarySession session;
    private FxBackgroundTasks tasks;
    private DesktopWindow window;
    private FxThreadGuard guard;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        home = Files.createTempDirectory("annals-flows");
        BundledFonts.load();
        session = SessionFactory.seedsWithoutExamples(Clock.systemUTC(), dev.annals.persistence.Database.Mode.COMMAND).open(home.resolve("library"));
        tasks = new FxBackgroundTasks();
        window = new DesktopWindow(stage, session, tasks, new UserSettings(SettingsStore.inMemory()), FilePicker.answering(List.of()),
                uri -> { }, "test");
        window.show("en");
        guard = FxThreadGuard.watch(stage.getScene().getRoot());
        guard.watch(tasks.running().tasks(), "the running tasks the status bar shows");
        stage.toFront();
    }

    @AfterEach
    void closeAndCheckThreads() {
        tasks.close();
        session.close();
        assertThat(guard.violations()).as("nodes changed off the FX thread").isEmpty();
    }

    @Test
    void opensADocumentFromTheLibraryAndTagsAMouseSelection(FxRobot robot) throws Exception {
        DocumentSummary first = openFirstDocumentByDoubleClick(robot);
        String text = session.documents().find(first.id()).orElseThrow().text();
        String quote = "Đại tướng Tô Lâm";
        dragOver(robot, text.indexOf(quote), text.indexOf(quote) + quote.length());

        Button second = robot.lookup("#tagTheme2").queryButton();
        Theme theme = session.themes().list().get(1);
        assertThat(second.getText()).isEqualTo("2  " + theme.name());
        robot.clickOn(second);

        await(() -> countsText(robot).equals("5 documents · 1 annotation"));
        assertThat(robot.lookup("#annotationSidebar").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(session.annotations().forDocument(first.id())).singleElement()
                .satisfies(a -> assertThat(a.anchor().exact()).isEqualTo(quote));

        robot.clickOn("#nav-library");
        await(() -> annotationsCell(robot, first.id()).equals("1"));
    }

    @Test
    void writesANoteThatIsSavedAndShownInTheSidebar(FxRobot robot) throws Exception {
        DocumentSummary first = openFirstDocumentByDoubleClick(robot);
        String text = session.documents().find(first.id()).orElseThrow().text();
        int at = text.indexOf("Bộ trưởng");
        dragOver(robot, at, at + "Bộ trưởng".length());
        robot.type(KeyCode.DIGIT1);
        await(() -> session.annotations().forDocument(first.id()).size() == 1);

        robot.clickOn("#noteEditor").write("Ghi chú của tôi");
        robot.clickOn("#readerTitle");
        Annotation tagged = session.annotations().forDocument(first.id()).get(0);
        await(() -> session.annotations().find(tagged.id()).orElseThrow().note().equals("Ghi chú của tôi"));
        await(() -> robot.lookup(".annotation-note").tryQuery().map(n -> ((Label) n).getText()).orElse("").equals("Ghi chú của tôi"));
    }

    @Test
    void selectsThemesInTheBrowserAndKeepsThemAcrossReloads(FxRobot robot) throws Exception {
        List<Theme> themes = session.themes().list();
        tagFirstOccurrence(1, themes.get(1), "an ninh trật tự");
        tagFirstOccurrence(3, themes.get(2), "lực lượng");
        robot.clickOn("#nav-themes");
        await(() -> themeList(robot).getItems().size() == themes.size());

        robot.clickOn(themes.get(1).name());
        await(() -> passages(robot).getItems().size() == 2);
        assertThat(robot.lookup("#browserSummary").queryLabeled().getText()).isEqualTo("1 passage in 1 document");
        assertThat(themeList(robot).getSelectionModel().getSelectedItems()).hasSize(1);

        robot.press(KeyCode.CONTROL).clickOn(themes.get(2).name()).release(KeyCode.CONTROL);
        await(() -> passages(robot).getItems().size() == 4);
        assertThat(themeList(robot).getSelectionModel().getSelectedItems()).hasSize(2);

        tagFirstOccurrence(2, themes.get(1), "Công an");
        await(() -> passages(robot).getItems().size() == 6);
        assertThat(themeList(robot).getSelectionModel().getSelectedItems()).as("the selection outlives the reload").hasSize(2);

        robot.clickOn(themes.get(0).name()).type(KeyCode.DOWN);
        await(() -> themeList(robot).getSelectionModel().getSelectedItem().id() == themes.get(1).id());
        await(() -> passages(robot).getItems().size() == 4);
    }

    @Test
    void aHeatMapCellOpensTheBrowserOnThatThemeAndYear(FxRobot robot) throws Exception {
        Theme theme = session.themes().list().get(1);
        long june2021 = tagFirstOccurrence(2, theme, "Công an");
        robot.clickOn("#nav-timeline");
        String cell = "#heatCell-" + theme.id() + "-2021-2";
        await(() -> robot.lookup(cell).tryQuery().isPresent());
        robot.clickOn(cell);

        await(() -> passages(robot).getItems().size() == 2);
        assertThat(window.parts().shell().sectionProperty().get()).isEqualTo(Section.THEMES);
        assertThat(themeList(robot).getSelectionModel().getSelectedItem().id()).isEqualTo(theme.id());
        assertThat(robot.lookup("#browserYear").queryAs(ComboBox.class).getValue()).isEqualTo(2021);
        assertThat(session.annotations().find(june2021)).isPresent();
    }

    @Test
    void switchingLanguageKeepsTheOpenDocumentAndTheSearch(FxRobot robot) throws Exception {
        DocumentSummary first = openFirstDocumentByDoubleClick(robot);
        robot.clickOn("#nav-search").clickOn("#search-query").write("cong an");
        await(() -> !robot.lookup("#search-results").queryListView().getItems().isEmpty());

        robot.clickOn("View").clickOn("Language").clickOn("Tiếng Việt");
        await(() -> robot.lookup("#nav-library").queryLabeled().getText().equals("Thư viện"));
        robot.interact(() -> guard.alsoWatch(robot.lookup("#mainWindow").query()));

        assertThat(robot.lookup("#search-query").queryTextInputControl().getText()).isEqualTo("cong an");
        await(() -> !robot.lookup("#search-results").queryListView().getItems().isEmpty());
        robot.clickOn("#nav-reader");
        await(() -> robot.lookup("#readerTitle").queryLabeled().getText().equals(first.title()));
        assertThat(countsText(robot)).isEqualTo("5 tài liệu · 0 chú thích");
    }

    @Test
    void exportsThroughTheDialogToATypedPath(FxRobot robot) throws Exception {
        tagFirstOccurrence(1, session.themes().list().get(0), "tội phạm");
        awaitTable(robot);
        robot.clickOn("File").clickOn("Export…");
        Path file = home.resolve("ghi-chu.md");
        robot.clickOn("#exportFile").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(file.toString());
        robot.clickOn("Export");

        await(() -> Files.exists(file));
        assertThat(Files.readString(file)).contains("tội phạm");
        await(() -> robot.lookup("#exportMessage").queryLabeled().getText().equals("Exported 1 note to " + file + "."));
    }

    // --- what a person does and sees

    private DocumentSummary openFirstDocumentByDoubleClick(FxRobot robot) throws Exception {
        TableView<DocumentSummary> table = awaitTable(robot);
        DocumentSummary first = table.getItems().get(0);
        robot.doubleClickOn(cellWithText(robot, first.title()));
        await(() -> robot.lookup("#readerTitle").tryQuery().map(n -> ((Label) n).getText()).orElse("").equals(first.title()));
        await(() -> area(robot).getLength() > 0);
        return first;
    }

    /** Presses the mouse on the first character and releases it on the last, as a person selects text. */
    private void dragOver(FxRobot robot, int start, int end) {
        GenericStyledArea<?, ?, ?> area = area(robot);
        Bounds first = onFx(() -> area.getCharacterBoundsOnScreen(start, start + 1).orElseThrow());
        Bounds last = onFx(() -> area.getCharacterBoundsOnScreen(end - 1, end).orElseThrow());
        robot.drag(new Point2D(first.getMinX() + 1, first.getCenterY())).dropTo(new Point2D(last.getMaxX() - 1, last.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<DocumentSummary> awaitTable(FxRobot robot) throws Exception {
        await(() -> robot.lookup("#libraryTable").tryQuery().map(n -> ((TableView<?>) n).getItems().size() == 5).orElse(false));
        return robot.lookup("#libraryTable").queryTableView();
    }

    private static Node cellWithText(FxRobot robot, String text) {
        return robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && text.equals(c.getText())).findFirst().orElseThrow();
    }

    private String annotationsCell(FxRobot robot, long docId) {
        TableView<DocumentSummary> table = robot.lookup("#libraryTable").queryTableView();
        int row = table.getItems().stream().map(DocumentSummary::id).toList().indexOf(docId);
        return robot.lookup("#column-annotations").queryAll().isEmpty() ? "" : robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == row).findFirst()
                .flatMap(r -> r.lookupAll(".table-cell").stream().map(c -> (TableCell<?, ?>) c)
                        .filter(c -> "column-annotations".equals(c.getTableColumn().getId())).findFirst())
                .map(TableCell::getText).orElse("");
    }

    private static String countsText(FxRobot robot) {
        return robot.lookup("#countsLabel").queryLabeled().getText();
    }

    @SuppressWarnings("unchecked")
    private static ListView<dev.annals.ui.annotate.ThemeRow> themeList(FxRobot robot) {
        return robot.lookup("#themeList").queryAs(ListView.class);
    }

    private static ListView<?> passages(FxRobot robot) {
        return robot.lookup("#passageList").queryAs(ListView.class);
    }

    private static GenericStyledArea<?, ?, ?> area(FxRobot robot) {
        return robot.lookup("#readerArea").queryAs(GenericStyledArea.class);
    }

    /** Tags the first occurrence of a quote in document {@code docId} through the library, as another view would. */
    private long tagFirstOccurrence(long docId, Theme theme, String quote) {
        return session.annotations().tagQuote(docId, theme.id(), quote, 1, null).id();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        // a lookup that meets a window half shown (its scene without a root yet) throws; it is not the answer yet
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            try {
                return condition.call();
            } catch (NullPointerException halfShown) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(java.util.function.Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> result.set(work.get()));
        return result.get();
    }
}
