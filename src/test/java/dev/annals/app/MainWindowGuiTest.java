package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.model.DocumentSummary;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.common.PngImages;
import dev.annals.ui.common.TaskHandle;
import dev.annals.ui.library.FilePicker;
import dev.annals.ui.library.ImportSummary;
import dev.annals.ui.shell.BundledFonts;
import dev.annals.ui.shell.Section;
import dev.annals.ui.shell.SettingsStore;
import dev.annals.ui.shell.UserSettings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
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
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the real main window on a library seeded with the bundled articles, by node ids and keys. */
@ExtendWith(ApplicationExtension.class)
class MainWindowGuiTest {

    private Path home;
    private LibrarySession session;
    private FxBackgroundTasks tasks;
    private DesktopWindow window;
    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private final List<Double> progress = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("annals-gui");
        Path incoming = Files.createDirectories(home.resolve("incoming"));
        Files.writeString(incoming.resolve("moi.txt"), "Hội nghị tổng kết\n\nNgày 05/01/2024, Bộ Công an tổ chức hội nghị tổng kết.",
                StandardCharsets.UTF_8);
        Files.write(incoming.resolve("rong.txt"), new byte[0]);
        BundledFonts.load();
        session = new SessionFactory(Clock.systemUTC(), true).open(home.resolve("library"));
        tasks = new FxBackgroundTasks();
        tasks.running().tasks().addListener((ListChangeListener<TaskHandle>) c -> {
            while (c.next()) c.getAddedSubList().forEach(t -> t.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue())));
        });
        window = new DesktopWindow(stage, session, tasks, new UserSettings(SettingsStore.inMemory()),
                FilePicker.answering(List.of(incoming)), uri -> { }, "test");
        window.show("en");
        window.parts().hooks().openDocument().set((id, start, end) -> opened.add(id));
        stage.toFront();
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    @Test
    void showsTheSeedLibraryWithSidebarAndCounts(FxRobot robot) {
        TableView<DocumentSummary> table = awaitTable(robot, 5);
        assertThat(table.getItems()).hasSize(5);
        assertThat(robot.lookup("#sidebar").tryQuery()).isPresent();
        assertThat(robot.lookup("#statusBar").tryQuery()).isPresent();
        assertThat(robot.lookup("#countsLabel").queryAs(Label.class).getText()).startsWith("5 documents");
    }

    @Test
    void filterFieldNarrowsTheTableWithoutToneMarks(FxRobot robot) {
        TableView<DocumentSummary> table = awaitTable(robot, 5);
        robot.clickOn("#filterField").write("dang uy");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(5)
                .allSatisfy(d -> assertThat(d.title()).contains("Đảng ủy"));
    }

    @Test
    void enterOnARowOpensTheDocumentInTheReaderSection(FxRobot robot) {
        TableView<DocumentSummary> table = awaitTable(robot, 5);
        robot.interact(() -> table.getSelectionModel().select(0));
        long id = table.getItems().get(0).id();
        robot.clickOn("#libraryTable").type(KeyCode.ENTER);

        assertThat(opened).containsExactly(id);
        assertThat(window.parts().shell().sectionProperty().get()).isEqualTo(Section.READER);
        assertThat(robot.lookup("#readerView").tryQuery()).isPresent();
    }

    @Test
    void viewMenuSwitchesThemeAndLanguage(FxRobot robot) {
        awaitTable(robot, 5);
        robot.interact(() -> menuItem(robot, "menu-theme-dark").fire());
        assertThat(robot.lookup("#mainWindow").query().getStyleClass()).contains("mode-dark");
        robot.interact(() -> menuItem(robot, "menu-theme-sepia").fire());
        assertThat(robot.lookup("#mainWindow").query().getStyleClass()).contains("mode-sepia").doesNotContain("mode-dark");

        robot.interact(() -> menuItem(robot, "menu-lang-vi").fire());
        awaitTable(robot, 5);
        assertThat(robot.lookup("#nav-library").queryAs(Labeled.class).getText()).isEqualTo("Thư viện");
        assertThat(robot.lookup("#countsLabel").queryAs(Label.class).getText()).startsWith("5 tài liệu");
        assertThat(robot.lookup("#mainWindow").query().getStyleClass()).contains("mode-sepia");
    }

    @Test
    void shiftF1OpensTheUserGuideInTheWindowsLanguageAndEscapeClosesIt(FxRobot robot) throws Exception {
        awaitTable(robot, 5);
        robot.interact(() -> menuItem(robot, "menu-lang-vi").fire());
        awaitTable(robot, 5);
        robot.press(KeyCode.SHIFT, KeyCode.F1).release(KeyCode.F1, KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#guideScroll").tryQuery().isPresent());
        javafx.scene.Node guide = robot.lookup("#guideScroll").query();
        assertThat(((javafx.stage.Stage) guide.getScene().getWindow()).getTitle()).isEqualTo("Hướng dẫn sử dụng Annals");
        assertThat(robot.lookup(".guide-h2").queryAll().stream().map(javafx.scene.Node::getAccessibleText).toList())
                .contains("Nhập bài báo", "Gắn chủ đề cho đoạn văn");
        assertThat(robot.lookup(".guide-image").queryAll()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(guide.isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#guideScroll").tryQuery()).isEmpty();
    }

    @Test
    void highContrastIsAThemeOfTheViewMenuLikeTheOthers(FxRobot robot) {
        awaitTable(robot, 5);
        robot.interact(() -> menuItem(robot, "menu-theme-high-contrast").fire());
        assertThat(robot.lookup("#mainWindow").query().getStyleClass()).contains("mode-high-contrast");
        assertThat(robot.lookup("#mainWindow").query().getScene().getStylesheets()).anyMatch(s -> s.endsWith("high-contrast.css"));
        robot.interact(() -> menuItem(robot, "menu-theme-light").fire());
        assertThat(robot.lookup("#mainWindow").query().getScene().getStylesheets()).noneMatch(s -> s.endsWith("high-contrast.css"));
    }

    @Test
    void importFromTheFileMenuShowsProgressThenTheResult(FxRobot robot) throws Exception {
        awaitTable(robot, 5);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.parts().library().lastImportProperty().get() != null);
        ImportSummary summary = window.parts().library().lastImportProperty().get();
        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(progress).contains(1.0);
        awaitTable(robot, 6);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar").tryQuery().isPresent());
    }

    @Test
    void theImportNotificationLeadsToTheFilesThatWereNotImportedAndWhy(FxRobot robot) throws Exception {
        awaitTable(robot, 5);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("Details…").tryQuery().isPresent());
        robot.clickOn("Details…");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> details = robot.lookup("#importDetailsTable").queryTableView();
        assertThat(details.getItems()).singleElement().satisfies(r -> {
            var result = (dev.annals.logic.library.ImportResult) r;
            assertThat(result.path()).endsWith("rong.txt");
            assertThat(result.error()).isNotBlank();
        });
        robot.clickOn("Close");
        assertThat(robot.lookup("#importDetailsTable").tryQuery()).isEmpty();
        awaitTable(robot, 6);
        assertThat(robot.lookup("#countsLabel").queryAs(Label.class).getText()).startsWith("6 documents");
    }

    @Test
    void droppingAFolderOnTheWindowImportsItsFilesWithAResult(FxRobot robot) throws Exception {
        awaitTable(robot, 5);
        robot.interact(() -> window.parts().shell().show(Section.TIMELINE));
        var root = robot.lookup("#mainWindow").query();
        TransferMode[] accepted = new TransferMode[1];
        boolean[] completed = new boolean[1];
        FileDrag[] drag = new FileDrag[1];
        robot.interact(() -> {
            drag[0] = new FileDrag(List.of(home.resolve("incoming").toFile()));
            accepted[0] = drag[0].over(root);
        });
        assertThat(accepted[0]).isEqualTo(TransferMode.COPY);
        assertThat(root.getStyleClass()).contains("drop-target");
        robot.interact(() -> completed[0] = drag[0].drop(root));
        assertThat(completed[0]).isTrue();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.parts().library().lastImportProperty().get() != null);
        ImportSummary summary = window.parts().library().lastImportProperty().get();
        assertThat(summary.imported()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(window.parts().shell().sectionProperty().get()).isEqualTo(Section.LIBRARY);
        awaitTable(robot, 6);
    }

    @Test
    void droppingAPdfAndAWordDocumentImportsBothAndOtherFilesAreNotTaken(FxRobot robot) throws Exception {
        awaitTable(robot, 5);
        Path docs = Files.createDirectories(home.resolve("documents"));
        Path pdf = Files.write(docs.resolve("bai.pdf"), new dev.annals.logic.library.formats.PdfFixture()
                .page(null, List.of(List.of("Hội nghị Công an toàn quốc"), List.of("Ngày 29/12/2021, Bộ Công an tổ chức hội nghị.")), null, true).bytes());
        Path docx = Files.write(docs.resolve("bai.docx"), dev.annals.logic.library.formats.OfficeFixtures.docx("Sơ kết",
                "<w:p><w:r><w:t>Sơ kết 6 tháng đầu năm 2020 của Bộ Công an.</w:t></w:r></w:p>"));
        Path other = Files.write(docs.resolve("anh.png"), new byte[]{1, 2});
        var root = robot.lookup("#mainWindow").query();
        TransferMode[] accepted = new TransferMode[2];
        robot.interact(() -> accepted[0] = new FileDrag(List.of(other.toFile())).over(root));
        assertThat(accepted[0]).isNull();

        robot.interact(() -> {
            FileDrag drag = new FileDrag(List.of(pdf.toFile(), docx.toFile()));
            accepted[1] = drag.over(root);
            drag.drop(root);
        });
        assertThat(accepted[1]).isEqualTo(TransferMode.COPY);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.parts().library().lastImportProperty().get() != null);
        assertThat(window.parts().library().lastImportProperty().get().imported()).isEqualTo(2);
        TableView<DocumentSummary> table = awaitTable(robot, 7);
        assertThat(table.getItems()).extracting(DocumentSummary::title).contains("Hội nghị Công an toàn quốc");
    }

    @Test
    void fileMenuOffersToImportAProject(FxRobot robot) {
        awaitTable(robot, 5);
        var bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        var item = bar.getMenus().get(0).getItems().stream().filter(i -> "Import project (REFI-QDA)…".equals(i.getText().replace("_", "")))
                .findFirst().orElseThrow();
        assertThat(item.isDisable()).isFalse();
    }

    @Test
    void f1ListsTheShortcutsOfTheMenus(FxRobot robot) {
        awaitTable(robot, 5);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.GridPane grid = robot.lookup("#shortcutsGrid").queryAs(javafx.scene.layout.GridPane.class);
        List<String> texts = grid.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertThat(texts).contains("Import files…", "Search library", "Keyboard shortcuts", "Open the selected document", "Enter");
        assertThat(texts).anyMatch(t -> t.contains("O") && (t.contains("Ctrl") || t.contains("⌘")));
    }

    @Test
    void theVietnameseShortcutListSaysDongAndShowsItsLastRow(FxRobot robot) {
        awaitTable(robot, 5);
        robot.interact(() -> menuItem(robot, "menu-lang-vi").fire());
        awaitTable(robot, 5);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane pane = robot.lookup("#shortcutsDialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane.getButtonTypes()).extracting(javafx.scene.control.ButtonType::getText).containsExactly("Đóng");
        javafx.scene.layout.GridPane grid = robot.lookup("#shortcutsGrid").queryAs(javafx.scene.layout.GridPane.class);
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) grid.getParent().getParent().getParent();
        Label last = (Label) grid.getChildren().get(grid.getChildren().size() - 1);
        assertThat(last.getText()).isEqualTo("Ctrl+L");
        javafx.stage.Window dialog = pane.getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(dialog.getY() + dialog.getHeight()).as("the dialog and its Close button are on the screen").isLessThanOrEqualTo(screen.getMaxY());
        assertThat(last.localToScreen(last.getLayoutBounds()).getMaxX()).as("the keys are not cut on the right")
                .isLessThanOrEqualTo(scroll.localToScreen(scroll.getLayoutBounds()).getMaxX());
        robot.interact(() -> scroll.setVvalue(1));
        javafx.geometry.Bounds lastRow = last.localToScene(last.getLayoutBounds());
        javafx.geometry.Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        assertThat(lastRow.getMaxY()).as("scrolled down, the last row is whole").isLessThanOrEqualTo(viewport.getMaxY());
        robot.clickOn("Đóng");
    }

    @Test
    void aRebuiltWindowLeavesNoOldViewListeningToTheLibrary(FxRobot robot) {
        awaitTable(robot, 5);
        robot.interact(() -> window.parts().shell().show(Section.THEMES));
        robot.interact(() -> window.parts().shell().show(Section.TIMELINE));
        int subscribers = session.changes().subscribers();
        robot.interact(() -> menuItem(robot, "menu-lang-vi").fire());
        assertThat(robot.lookup("#nav-library").queryAs(Labeled.class).getText()).isEqualTo("Thư viện");
        robot.interact(() -> menuItem(robot, "menu-lang-en").fire());
        assertThat(robot.lookup("#nav-library").queryAs(Labeled.class).getText()).isEqualTo("Library");
        assertThat(window.parts().shell().sectionProperty().get()).isEqualTo(Section.TIMELINE);
        assertThat(session.changes().subscribers()).isLessThanOrEqualTo(subscribers);
    }

    @Test
    void snapshotOfTheWindowConvertsToAnImageOfItsSize(FxRobot robot) throws Exception {
        awaitTable(robot, 5);
        var scene = robot.lookup("#mainWindow").query().getScene();
        java.awt.image.BufferedImage image = WaitForAsyncUtils.asyncFx(() -> PngImages.toBufferedImage(scene.snapshot(null)))
                .get(20, TimeUnit.SECONDS);
        assertThat(image.getWidth()).isEqualTo((int) scene.getWidth());
        assertThat(image.getHeight()).isEqualTo((int) scene.getHeight());
        assertThat(image.getRGB(image.getWidth() / 2, image.getHeight() - 2) >>> 24).isEqualTo(0xFF);
    }

    private TableView<DocumentSummary> awaitTable(FxRobot robot, int rows) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#libraryTable").tryQuery()
                    .map(n -> ((TableView<?>) n).getItems().size() == rows).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the library table never showed " + rows + " rows", e);
        }
        return robot.lookup("#libraryTable").queryTableView();
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> items(m).stream()).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static List<MenuItem> items(Menu menu) {
        return menu.getItems().stream().flatMap(i -> i instanceof Menu sub
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(i), items(sub).stream())
                : java.util.stream.Stream.of(i)).toList();
    }

}
