package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.library.ImportProgress;
import dev.annals.logic.library.ImportSource;
import dev.annals.model.Conference;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;
import dev.annals.ui.library.FilePicker;
import dev.annals.ui.shell.SettingsStore;
import dev.annals.ui.shell.UserSettings;
import dev.annals.ui.timeline.TimelineView;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
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
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the real window on a first library (the articles with the example annotations): the timeline shows the
 * conferences, the heat map and the people to filter by, and still does after an article is imported and after a
 * document gets another date elsewhere in the window.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineFollowsChangesGuiTest {

    private SeededWindow seeded;
    private LibrarySession session;

    @Start
    void start(Stage stage) throws Exception {
        session = TestLibraries.openFirstLibrary(Files.createTempDirectory("annals-timeline").resolve("library"));
        seeded = SeededWindow.show(stage, session, new UserSettings(SettingsStore.inMemory()), "en", FilePicker.answering(List.of()));
        stage.toFront();
    }

    @AfterEach
    void close() {
        seeded.close();
    }

    @Test
    void showsConferencesHeatMapAndPeopleAfterAnImportAndADateChange(FxRobot robot) throws Exception {
        robot.clickOn("#nav-timeline");
        await(() -> markers(robot).size() == 5);
        assertShowsHeatMapAndPeople(robot);

        byte[] text = "Hội nghị Công an toàn quốc lần thứ 78, ngày 20/12/2022. Bộ trưởng Tô Lâm dự.".getBytes(StandardCharsets.UTF_8);
        session.importer().importSources(List.of(new ImportSource("new.txt", "new.txt", text.length, () -> text)), ImportProgress.NONE);
        await(() -> markers(robot).size() == 6);
        assertThat(markers(robot)).anyMatch(c -> c.date().equals(PartialDate.ofDay(2022, 12, 20)));
        assertShowsHeatMapAndPeople(robot);

        DocumentSummary moved = session.documents().list().stream()
                .filter(d -> PartialDate.ofDay(2024, 11, 20).equals(d.date())).findFirst().orElseThrow();
        session.documents().dates().setDate(List.of(moved.id()), PartialDate.ofDay(2023, 5, 5));
        await(() -> markers(robot).stream().anyMatch(c -> c.date().equals(PartialDate.ofDay(2023, 5, 5))));
        assertThat(markers(robot)).hasSize(6).noneMatch(c -> c.date().equals(PartialDate.ofDay(2024, 11, 20)));
        assertShowsHeatMapAndPeople(robot);
    }

    private void assertShowsHeatMapAndPeople(FxRobot robot) throws Exception {
        GridPane heatMap = robot.lookup("#heatMap").query();
        assertThat(heatMap.isVisible()).isTrue();
        assertThat(heatMap.getChildren()).anyMatch(n -> n.getId() != null && n.getId().startsWith("heatCell-"));

        robot.clickOn("#personFilter");
        await(() -> robot.lookup(".menu-item").match(n -> label(n).startsWith("Lương Tam Quang (")).tryQuery().isPresent());
        assertThat(robot.lookup("#personFilterNone").tryQuery()).isEmpty();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(Node item) {
        return item.lookup(".label") instanceof Labeled l && l.getText() != null ? l.getText() : "";
    }

    /** The conferences laid out on the timeline, once as many markers are drawn. */
    private List<Conference> markers(FxRobot robot) {
        TimelineView view = robot.lookup(n -> n instanceof TimelineView).query();
        List<Conference> shown = view.viewModel().layoutProperty().get().conferences();
        return view.canvas().markers().size() == shown.size() ? shown : List.of();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
