package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.ui.common.AccessibilityAudit;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.shell.Section;
import dev.annals.ui.shell.SettingsStore;
import dev.annals.ui.shell.UserSettings;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks every view of the real window, with data in it, for focusable nodes a screen reader could not name. */
@ExtendWith(ApplicationExtension.class)
class ScreenReaderNamesGuiTest {

    @TempDir
    static Path work;
    private static int run;

    private LibrarySession session;
    private FxBackgroundTasks tasks;
    private DesktopWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path library = work.resolve("lib" + run++);
        assertThat(CliRun.on(library, "annotate", "1", "--theme", "an ninh trật tự", "--quote", "an ninh trật tự",
                "--note", "ghi chú").status()).isZero();
        assertThat(CliRun.on(library, "annotate", "1", "--theme", "an ninh trật tự", "--start", "0", "--end", "10").status()).isZero();
        SeededWindow seeded = SeededWindow.show(stage, library, new UserSettings(SettingsStore.inMemory()), "en");
        session = seeded.session();
        tasks = seeded.tasks();
        window = seeded.window();
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    private List<String> unnamedIn(FxRobot robot, Runnable show) {
        robot.interact(show);
        settle();
        return unnamedInEveryWindow(robot);
    }

    /** The main window and whatever it shows over itself: dialogs, the floating tag toolbar. */
    private static List<String> unnamedInEveryWindow(FxRobot robot) {
        List<String> unnamed = new java.util.ArrayList<>();
        robot.interact(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null)
                .forEach(w -> unnamed.addAll(AccessibilityAudit.unnamedFocusable(w.getScene().getRoot()))));
        return unnamed;
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tasks.running().tasks().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyFocusableNodeOfTheLibraryViewHasAName(FxRobot robot) {
        assertThat(unnamedIn(robot, () -> window.parts().shell().show(Section.LIBRARY))).isEmpty();
    }

    @Test
    void everyFocusableNodeOfTheReaderWithAnAnnotationHasAName(FxRobot robot) {
        assertThat(unnamedIn(robot, () -> window.parts().window().navigator().openDocument(1))).isEmpty();
    }

    @Test
    void theReaderWithItsFindBarAndTagToolbarOpenHasNamesToo(FxRobot robot) {
        robot.interact(() -> window.parts().window().navigator().openDocument(1));
        settle();
        robot.clickOn("#readerArea").press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.clickOn("#readerArea").press(KeyCode.SHIFT, KeyCode.END).release(KeyCode.END, KeyCode.SHIFT);
        Node area = robot.lookup("#readerArea").query();
        // the toolbar follows a selection made with the mouse: the end of one is what brings it
        robot.interact(() -> area.fireEvent(new MouseEvent(MouseEvent.MOUSE_RELEASED, 5, 5, 5, 5, MouseButton.PRIMARY, 1,
                false, false, false, false, false, false, false, false, false, false, null)));
        settle();
        assertThat(robot.lookup("#findField").tryQuery()).isPresent();
        assertThat(Window.getWindows().stream().filter(Window::isShowing).count()).isGreaterThan(1);
        assertThat(unnamedInEveryWindow(robot)).isEmpty();
    }

    @Test
    void theReaderGivesAScreenReaderTheArticleTheSelectionItsTitleAndTheStripesThemes(FxRobot robot) {
        robot.interact(() -> window.parts().window().navigator().openDocument(1));
        settle();
        Node area = robot.lookup("#readerArea").query();
        robot.interact(area::requestFocus);
        robot.press(KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.SHIFT);
        Object[] answers = new Object[5];
        robot.interact(() -> {
            answers[0] = area.queryAccessibleAttribute(AccessibleAttribute.TEXT);
            answers[1] = area.queryAccessibleAttribute(AccessibleAttribute.SELECTION_START);
            answers[2] = area.queryAccessibleAttribute(AccessibleAttribute.SELECTION_END);
            answers[3] = area.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
        });
        String text = session.documents().find(1).orElseThrow().text();
        assertThat(area.getAccessibleRole()).isEqualTo(AccessibleRole.TEXT_AREA);
        assertThat((String) answers[0]).isEqualTo(text);
        assertThat(answers[1]).isEqualTo(0);
        assertThat(answers[2]).isEqualTo(1);
        assertThat(((javafx.scene.control.Label) answers[3]).getText()).isEqualTo(session.documents().find(1).orElseThrow().metadata().title());
        assertThat(robot.lookup(".coding-stripes").queryAll().stream().map(Node::getAccessibleText).toList())
                .anySatisfy(t -> assertThat(t).contains("an ninh trật tự"));
    }

    @Test
    void theVietnameseWindowNamesItsControlsToo(FxRobot robot) {
        robot.interact(() -> window.parts().hooks().changeLanguage().get().accept("vi"));
        for (Section section : Section.values()) {
            assertThat(unnamedIn(robot, () -> window.parts().shell().show(section))).as(section.id()).isEmpty();
        }
    }

    @Test
    void everyFocusableNodeOfTheTimelineAndItsHeatMapHasAName(FxRobot robot) {
        assertThat(unnamedIn(robot, () -> window.parts().shell().show(Section.TIMELINE))).isEmpty();
    }

    @Test
    void everyFocusableNodeOfThePeopleViewWithItsEditControlsHasAName(FxRobot robot) {
        assertThat(unnamedIn(robot, () -> window.parts().shell().show(Section.PEOPLE))).isEmpty();
    }

    @Test
    void everyFocusableNodeOfTheThemesViewBrowsingATheme(FxRobot robot) {
        long theme = session.themes().list().stream().filter(t -> t.name().equals("an ninh trật tự")).findFirst().orElseThrow().id();
        assertThat(unnamedIn(robot, () -> {
            window.parts().shell().show(Section.THEMES);
            window.parts().hooks().showThemeBrowser().get().open(Set.of(theme), null, null);
        })).isEmpty();
    }

    @Test
    void everyFocusableNodeOfTheSearchViewWithResultsHasAName(FxRobot robot) {
        assertThat(unnamedIn(robot, () -> {
            window.parts().shell().show(Section.SEARCH);
            window.parts().hooks().showSearch().get().accept("cong an");
        })).isEmpty();
    }

    @Test
    void everyFocusableNodeOfTheExportDialogHasAName(FxRobot robot) {
        robot.interact(() -> window.parts().hooks().export().get().run());
        settle();
        assertThat(Window.getWindows().stream().filter(Window::isShowing).count()).isGreaterThan(1);
        assertThat(unnamedInEveryWindow(robot)).isEmpty();
    }

    @Test
    void everyMenuItemHasWords(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(AccessibilityAudit.unnamedMenuItems(bar)).isEmpty();
    }
}
