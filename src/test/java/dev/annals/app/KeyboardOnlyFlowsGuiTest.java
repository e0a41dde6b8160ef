package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.model.Annotation;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.shell.Section;
import dev.annals.ui.shell.SettingsStore;
import dev.annals.ui.shell.UserSettings;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Main flows finished with the keyboard alone: the test fails if any mouse event reaches the window. */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyFlowsGuiTest {

    @TempDir
    static Path work;
    private static int run;

    private LibrarySession session;
    private FxBackgroundTasks tasks;
    private DesktopWindow window;
    private Stage stage;
    private final AtomicInteger mouseEvents = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path library = work.resolve("lib" + run++);
        SeededWindow seeded = SeededWindow.show(stage, library, new UserSettings(SettingsStore.inMemory()), "en",
                dev.annals.ui.library.FilePicker.answering(java.util.List.of(article(library))));
        session = seeded.session();
        tasks = seeded.tasks();
        window = seeded.window();
        EventHandler<MouseEvent> count = e -> {
            if (e.getEventType() != MouseEvent.MOUSE_ENTERED_TARGET && e.getEventType() != MouseEvent.MOUSE_EXITED_TARGET
                    && e.getEventType() != MouseEvent.MOUSE_MOVED && e.getEventType() != MouseEvent.MOUSE_ENTERED
                    && e.getEventType() != MouseEvent.MOUSE_EXITED) {
                mouseEvents.incrementAndGet();
            }
        };
        stage.addEventFilter(MouseEvent.ANY, count);
    }

    @AfterEach
    void close() {
        assertThat(mouseEvents.get()).as("mouse events").isZero();
        tasks.close();
        session.close();
    }

    /** The file the system's file dialog stands in to give when the flow imports. */
    private static Path article(Path library) {
        try {
            Path folder = java.nio.file.Files.createDirectories(library.resolveSibling(library.getFileName() + "-in"));
            return java.nio.file.Files.writeString(folder.resolve("hoi-nghi.txt"),
                    "Hội nghị Công an tỉnh bàn phím\n\nNgày 5/3/2023, Công an tỉnh tổ chức hội nghị sơ kết công tác.\n",
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int rows(FxRobot robot) {
        return robot.lookup("#libraryTable").tryQuery().map(n -> ((javafx.scene.control.TableView<?>) n).getItems().size()).orElse(-1);
    }

    private void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private Node focused() {
        return stage.getScene().getFocusOwner();
    }

    private void tabUntil(FxRobot robot, String id) {
        for (int i = 0; i < 30 && (focused() == null || !id.equals(focused().getId())); i++) robot.type(KeyCode.TAB);
        assertThat(focused()).as("focus reaches #" + id).isNotNull().extracting(Node::getId).isEqualTo(id);
    }

    @Test
    void filterOpenSelectTagAndWriteANoteWithTheKeyboardAlone(FxRobot robot) throws Exception {
        await(() -> rows(robot) == 5);
        ctrl(robot, KeyCode.L);
        robot.write("toan quoc lan thu 77");
        await(() -> rows(robot) == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        await(() -> window.parts().shell().sectionProperty().get() == Section.READER && tasks.running().tasks().isEmpty());

        tabUntil(robot, "readerArea");
        robot.type(KeyCode.HOME);
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < 8; i++) robot.type(KeyCode.RIGHT);
        robot.release(KeyCode.SHIFT);
        robot.type(KeyCode.DIGIT1);
        await(() -> session.annotations().count() == 1);
        Annotation tagged = session.annotations().forDocument(3).get(0);
        // eight characters selected; tagging takes the whole words they touch
        assertThat(tagged.anchor().start()).isZero();
        assertThat(tagged.anchor().end()).isBetween(8, 20);
        assertThat(tagged.themeId()).isEqualTo(session.themes().list().get(0).id());

        tabUntil(robot, "noteEditor");
        robot.write("Ghi chú bằng bàn phím");
        await(() -> "Ghi chú bằng bàn phím".equals(session.annotations().forDocument(3).get(0).note()));
    }

    @Test
    void tagThenBrowseTheThemesPassagesAndOpenOneWithTheKeyboardAlone(FxRobot robot) throws Exception {
        await(() -> rows(robot) == 5);
        long docId = ((dev.annals.model.DocumentSummary) robot.lookup("#libraryTable").queryTableView().getItems().get(0)).id();
        openTheFirstDocumentAndTagFiveCharactersWith(robot, KeyCode.DIGIT2);
        assertThat(session.annotations().forDocument(docId).get(0).themeId()).isEqualTo(session.themes().list().get(1).id());

        ctrl(robot, KeyCode.DIGIT4);
        await(() -> window.parts().shell().sectionProperty().get() == Section.THEMES && tasks.running().tasks().isEmpty());
        tabUntil(robot, "themeList");
        robot.type(KeyCode.HOME).type(KeyCode.DOWN);
        await(() -> tasks.running().tasks().isEmpty());
        tabUntil(robot, "passageList");
        robot.type(KeyCode.HOME).type(KeyCode.DOWN).type(KeyCode.ENTER);
        await(() -> window.parts().shell().sectionProperty().get() == Section.READER);
        String title = session.documents().find(docId).orElseThrow().title();
        assertThat(robot.lookup("#readerTitle").queryLabeled().getText()).isEqualTo(title);
    }

    @Test
    void importAFileWithTheKeyboardAlone(FxRobot robot) throws Exception {
        await(() -> rows(robot) == 5);
        ctrl(robot, KeyCode.O);
        await(() -> rows(robot) == 6 && tasks.running().tasks().isEmpty());
        assertThat(session.documents().list()).anySatisfy(d -> assertThat(d.title()).isEqualTo("Hội nghị Công an tỉnh bàn phím"));
    }

    @Test
    void tagAndExportToATypedPathWithTheKeyboardAlone(FxRobot robot) throws Exception {
        await(() -> rows(robot) == 5);
        openTheFirstDocumentAndTagFiveCharactersWith(robot, KeyCode.DIGIT1);

        ctrl(robot, KeyCode.E);
        await(() -> dialogScene() != null && tasks.running().tasks().isEmpty());
        robot.targetWindow(dialogScene().getWindow());
        for (int i = 0; i < 30 && !"exportFile".equals(idOf(dialogScene().getFocusOwner())); i++) robot.type(KeyCode.TAB);
        assertThat(idOf(dialogScene().getFocusOwner())).isEqualTo("exportFile");
        Path target = work.resolve("keyboard-notes-" + run + ".md");
        ctrl(robot, KeyCode.A);
        robot.write(target.toString());
        assertThat(((javafx.scene.control.TextField) dialogScene().lookup("#exportFile")).getText()).isEqualTo(target.toString());
        robot.type(KeyCode.ENTER);
        await(() -> java.nio.file.Files.exists(target) && tasks.running().tasks().isEmpty());
        assertThat(java.nio.file.Files.readString(target)).contains(session.themes().list().get(0).name());
    }

    private void openTheFirstDocumentAndTagFiveCharactersWith(FxRobot robot, KeyCode themeKey) throws Exception {
        ctrl(robot, KeyCode.L);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        await(() -> window.parts().shell().sectionProperty().get() == Section.READER && tasks.running().tasks().isEmpty());
        tabUntil(robot, "readerArea");
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < 5; i++) robot.type(KeyCode.RIGHT);
        robot.release(KeyCode.SHIFT);
        robot.type(themeKey);
        await(() -> session.annotations().count() == 1);
    }

    private javafx.scene.Scene dialogScene() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing() && w != stage && w.getScene() != null
                && w.getScene().lookup("#exportFile") != null).map(javafx.stage.Window::getScene).findFirst().orElse(null);
    }

    private static String idOf(Node node) {
        return node == null ? null : node.getId();
    }
}
