package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.shell.Section;
import dev.annals.ui.shell.SettingsStore;
import dev.annals.ui.shell.UserSettings;
import dev.annals.ui.shell.WindowBounds;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.text.Text;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window at 200% interface zoom, 1280×800, in Vietnamese (the longer words): no label or button outside
 * tables and lists shows its words cut short, and the status bar stays in the window.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomedWindowGuiTest {

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
        UserSettings settings = new UserSettings(SettingsStore.inMemory());
        settings.setUiScale(2.0);
        settings.setWindow(new WindowBounds(0, 0, 1280, 800, false));
        SeededWindow seeded = SeededWindow.show(stage, work.resolve("lib" + run++), settings, "vi");
        session = seeded.session();
        tasks = seeded.tasks();
        window = seeded.window();
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    /** Labels whose skin shows fewer words than they hold (an ellipsis), outside tables, lists and toolbars. */
    private static List<String> clipped(Parent root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible() || node instanceof TableView || node instanceof ListView || node instanceof ToolBar || node instanceof Cell) return;
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            String full = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && t.getText() != null && !t.getText().equals(full)
                        && (t.getText().endsWith("…") || t.getText().endsWith("..."))) {
                    out.add(l.getClass().getSimpleName() + (l.getId() == null ? "" : "#" + l.getId()) + " shows \"" + t.getText() + "\"");
                }
            }
        }
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, out);
    }

    private List<String> clippedIn(FxRobot robot, Section section) throws Exception {
        robot.interact(() -> window.parts().shell().show(section));
        if (section == Section.READER) robot.interact(() -> window.parts().window().navigator().openDocument(3));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tasks.running().tasks().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> out = new ArrayList<>();
        robot.interact(() -> out.addAll(clipped(stage.getScene().getRoot())));
        return out;
    }

    @Test
    void noViewCutsItsWordsShortAt200Percent(FxRobot robot) throws Exception {
        for (Section section : Section.values()) assertThat(clippedIn(robot, section)).as(section.id()).isEmpty();
    }

    @Test
    void theExportDialogGrowsWithTheZoomAndCutsNoWordShort(FxRobot robot) throws Exception {
        clippedIn(robot, Section.LIBRARY);
        robot.interact(() -> window.parts().hooks().export().get().run());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window dialog = javafx.stage.Window.getWindows().stream().filter(w -> w != stage && w.isShowing())
                .findFirst().orElseThrow();
        List<String> out = new ArrayList<>();
        robot.interact(() -> out.addAll(clipped(dialog.getScene().getRoot())));
        assertThat(out).isEmpty();
        assertThat(dialog.getScene().getRoot().getStyle()).contains("28.0px");
        assertThat(dialog.getWidth()).isGreaterThan(900);
    }

    @Test
    void theStatusBarStaysInTheWindowAt200Percent(FxRobot robot) throws Exception {
        clippedIn(robot, Section.LIBRARY);
        Node status = robot.lookup("#statusBar").query();
        Bounds b = status.localToScene(status.getBoundsInLocal());
        assertThat(b.getMaxY()).isLessThanOrEqualTo(stage.getScene().getHeight() + 0.5);
        assertThat(b.getHeight()).isGreaterThan(20);
    }
}
