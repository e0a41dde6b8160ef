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
        SeededWindow seeded = SeededWindow.show(stage, work.resolve("lib" + run++), new UserSettings(SettingsStore.inMemory()), "en");
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
        ctrl(robot, KeyCode.L);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        await(() -> window.parts().shell().sectionProperty().get() == Section.READER && tasks.running().tasks().isEmpty());
        tabUntil(robot, "readerArea");
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < 5; i++) robot.type(KeyCode.RIGHT);
        robot.release(KeyCode.SHIFT);
        robot.type(KeyCode.DIGIT2);
        await(() -> session.annotations().count() == 1);
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
}
