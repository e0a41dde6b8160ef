package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.people.Person;
import dev.annals.logic.timeline.ConferenceNamer;
import dev.annals.ui.shell.Section;
import dev.annals.ui.shell.SettingsStore;
import dev.annals.ui.shell.UserSettings;
import dev.annals.ui.timeline.TimelineView;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

/**
 * In the real window on the bundled articles: a person chosen in the People view shown on the timeline, the filter
 * named in the toolbar and cleared there, a person checked in the toolbar's people menu, and a merge made in the
 * People view that the timeline follows.
 */
@ExtendWith(ApplicationExtension.class)
class PeopleTimelineGuiTest {

    private SeededWindow seeded;
    private LibrarySession session;
    private DesktopWindow window;

    @Start
    void start(Stage stage) throws Exception {
        seeded = SeededWindow.show(stage, Files.createTempDirectory("annals-people").resolve("library"), new UserSettings(SettingsStore.inMemory()), "en");
        session = seeded.session();
        window = seeded.window();
        stage.toFront();
    }

    @AfterEach
    void close() {
        seeded.close();
    }

    @Test
    void showsAPersonOnTheTimelineAndClearsTheFilter(FxRobot robot) throws Exception {
        robot.clickOn("#nav-people");
        await(() -> !robot.lookup("#people-list").queryListView().getItems().isEmpty());
        clickPerson(robot, "Lương Tam Quang");
        robot.clickOn("#people-timeline");

        await(() -> window.parts().shell().sectionProperty().get() == Section.TIMELINE && markers(robot) == 1);
        assertThat(robot.lookup("#personFilter").queryLabeled().getText()).isEqualTo("People: Lương Tam Quang");
        assertThat(robot.lookup("#personFilterClear").query().isVisible()).isTrue();

        robot.clickOn("#personFilterClear");
        await(() -> markers(robot) == 5);
        assertThat(robot.lookup("#personFilter").queryLabeled().getText()).isEqualTo("All people");
        assertThat(robot.lookup("#personFilter").query().getAccessibleText()).isEqualTo("Show only the conferences whose articles name the people checked here");
        assertThat(robot.lookup("#personFilterClear").query().isVisible()).isFalse();

        robot.clickOn("#personFilter");
        robot.clickOn(robot.lookup(".menu-item").match(n -> n.lookup(".label") instanceof javafx.scene.control.Label l
                && l.getText().startsWith("Lương Tam Quang (")).<Node>query());
        await(() -> markers(robot) == 1);
        assertThat(robot.lookup("#personFilter").queryLabeled().getText()).isEqualTo("People: Lương Tam Quang");
    }

    @Test
    void aMergeInThePeopleViewWidensTheTimelineFilter(FxRobot robot) throws Exception {
        java.util.Set<Long> named = new java.util.HashSet<>();
        for (String name : List.of("Trần Quốc Tỏ", "Lương Tam Quang")) named.addAll(session.people().find(name, ConferenceNamer.ENGLISH).orElseThrow().docIds());
        long namingEither = session.timeline().conferences(ConferenceNamer.ENGLISH).stream().filter(c -> c.docIds().stream().anyMatch(named::contains)).count();
        assertThat(namingEither).isGreaterThan(1);
        robot.clickOn("#nav-people");
        await(() -> !robot.lookup("#people-list").queryListView().getItems().isEmpty());
        clickPerson(robot, "Lương Tam Quang");
        robot.clickOn("#people-timeline");
        await(() -> markers(robot) == 1);

        robot.clickOn("#nav-people");
        clickPerson(robot, "Trần Quốc Tỏ");
        robot.press(KeyCode.CONTROL).clickOn(cell(robot, "Lương Tam Quang")).release(KeyCode.CONTROL);
        robot.clickOn("#people-merge");
        await(() -> robot.lookup("#people-done").queryLabeled().getText().equals("2 people merged into Trần Quốc Tỏ."));
        ListView<Person> people = robot.lookup("#people-list").queryListView();
        assertThat(people.getItems()).extracting(Person::name).doesNotContain("Lương Tam Quang");

        robot.clickOn("#nav-timeline");
        await(() -> markers(robot) == namingEither);
        assertThat(robot.lookup("#personFilter").queryLabeled().getText()).isEqualTo("People: Trần Quốc Tỏ");
    }

    private Node cell(FxRobot robot, String name) {
        return robot.lookup("#people-list .list-cell").match(LabeledMatchers.hasText(startsWith(name + "  "))).query();
    }

    private void clickPerson(FxRobot robot, String name) {
        robot.clickOn(cell(robot, name));
    }

    private int markers(FxRobot robot) {
        return robot.lookup(n -> n instanceof TimelineView).<TimelineView>query().canvas().markers().size();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
