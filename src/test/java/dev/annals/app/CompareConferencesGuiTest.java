package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.testing.FxThreadGuard;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.library.FilePicker;
import dev.annals.ui.shell.BundledFonts;
import dev.annals.ui.shell.SettingsStore;
import dev.annals.ui.shell.UserSettings;
import dev.annals.ui.timeline.TimelineView;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compare conferences as a person does it on a first library (the bundled articles and example annotations): Ctrl+click
 * two conferences on the timeline, press Compare, read the columns, and export them to the paths given to the dialog.
 */
@ExtendWith(ApplicationExtension.class)
class CompareConferencesGuiTest {

    private Path home;
    private LibrarySession session;
    private FxBackgroundTasks tasks;
    private FxThreadGuard guard;
    /** What the save dialog answers, as if typed into it. */
    private Path typed;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("annals-compare");
        BundledFonts.load();
        session = TestLibraries.openFirstLibrary(home.resolve("library"));
        tasks = new FxBackgroundTasks();
        FilePicker picker = new FilePicker() {
            @Override public List<Path> chooseFiles(Window owner, String title) { return List.of(); }
            @Override public Optional<Path> chooseFolder(Window owner, String title) { return Optional.empty(); }
            @Override public Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName) { return Optional.of(typed); }
        };
        new DesktopWindow(stage, session, tasks, new UserSettings(SettingsStore.inMemory()), picker, uri -> { }, "test").show("en");
        guard = FxThreadGuard.watch(stage.getScene().getRoot());
        stage.toFront();
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
        assertThat(guard.violations()).as("nodes changed off the FX thread").isEmpty();
    }

    @Test
    void ctrlClicksTwoConferencesComparesThemAndExportsTheComparison(FxRobot robot) throws Exception {
        robot.clickOn("#nav-timeline");
        TimelineView timeline = robot.lookup("#timelineView").queryAs(TimelineView.class);
        await(() -> timeline.canvas().markers().size() == 5);
        ctrlClick(robot, timeline, "2021-06-21");
        assertThat(robot.lookup("#compareConferences").queryButton().isDisabled()).as("one is not a comparison").isTrue();
        ctrlClick(robot, timeline, "2021-12-29");
        assertThat(robot.lookup("#compareConferences").queryButton().getText()).isEqualTo("Compare (2)");

        robot.clickOn("#compareConferences");
        await(() -> robot.lookup("#compare-title-1").tryQuery().isPresent());

        assertThat(text(robot, "#compare-about-0")).isEqualTo("21/06/2021 · Six-month review");
        assertThat(text(robot, "#compare-about-1")).isEqualTo("29/12/2021 · Annual national conference");
        assertThat(text(robot, "#compare-title-0")).startsWith("Đảng ủy Công an Trung ương, Bộ Công an tổ chức hội nghị sơ kết");
        assertThat(names(robot, "#compare-column-0 .compare-theme-name"))
                .containsExactly("an ninh trật tự", "chỉ đạo của lãnh đạo Đảng, Nhà nước");
        assertThat(names(robot, "#compare-column-0 .compare-only-here .compare-theme-name"))
                .containsExactly("chỉ đạo của lãnh đạo Đảng, Nhà nước");
        assertThat(names(robot, "#compare-column-1 .compare-only-here .compare-theme-name")).containsExactly("phòng chống tội phạm");
        assertThat(names(robot, "#compare-column-0 .compare-marker")).containsExactly("◆ only here");
        assertThat(robot.lookup("#compare-column-1 .compare-only-here").queryAs(Node.class).getAccessibleText())
                .isEqualTo("phòng chống tội phạm: 1 passage · 50%, only here");
        assertThat(names(robot, "#compare-column-1 .compare-count")).containsOnly("1 passage · 50%");
        assertThat(text(robot, "#compare-people-0")).isEqualTo("Tô Lâm, Nguyễn Xuân Phúc");

        typed = home.resolve("hai hội nghị.md");
        robot.clickOn("#compare-markdown");
        await(() -> Files.exists(typed));
        assertThat(Files.readString(typed)).startsWith("# Compare conferences").contains("| **phòng chống tội phạm** ◆ only here | 1 | 50% |");
        await(() -> text(robot, "#compare-message").equals("Saved " + typed.toAbsolutePath()));

        typed = home.resolve("hai hội nghị.csv");
        robot.clickOn("#compare-csv");
        await(() -> Files.exists(typed));
        List<String> rows = Files.readAllLines(typed);
        assertThat(rows).hasSize(1 + 2 + 2);
        assertThat(rows).anyMatch(r -> r.endsWith(",2021-12-29,annual-national,phòng chống tội phạm,1,0.500,true"));

        typed = home.resolve("hai hội nghị.png");
        robot.clickOn("#compare-png");
        await(() -> Files.exists(typed));
        assertThat(Files.readAllBytes(typed)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        Window compare = robot.lookup("#compareView").query().getScene().getWindow();
        robot.clickOn("#compareView").press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        await(() -> !compare.isShowing());
    }

    private static void ctrlClick(FxRobot robot, TimelineView timeline, String iso) {
        var conferences = timeline.viewModel().layoutProperty().get().conferences();
        int index = conferences.indexOf(conferences.stream().filter(c -> c.date().iso().equals(iso)).findFirst().orElseThrow());
        Bounds screen = timeline.canvas().localToScreen(timeline.canvas().markerBounds(index).orElseThrow());
        robot.press(KeyCode.CONTROL).clickOn(new Point2D(screen.getCenterX(), screen.getCenterY())).release(KeyCode.CONTROL);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> names(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
