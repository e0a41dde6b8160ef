package dev.annals.ui.people;

import dev.annals.logic.people.Person;
import dev.annals.testing.RecordingNavigator;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people view clicked through in Vietnamese: filter, choose a person, read their ranks, open an article; merge
 * two people, undo it, rename one in place, split a written form off, and the messages for what cannot be done.
 */
@ExtendWith(ApplicationExtension.class)
class PeopleViewTest {

    @TempDir
    static Path folder;
    PeopleLibrary library;
    RecordingNavigator navigator = new RecordingNavigator();
    PeopleViewModel model;
    List<List<String>> shownOnTimeline = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        library = new PeopleLibrary(Files.createTempDirectory(folder, "lib"));
        I18n i18n = I18n.forLanguage("vi");
        model = new PeopleViewModel(library.index, library.editor, library.history, new SameThreadBackgroundTasks(), navigator, i18n,
                new FxLibraryChanges(library.lib.changes, Runnable::run));
        model.reload();
        model.setTimelineOpener(people -> shownOnTimeline.add(people.stream().map(Person::name).toList()));
        stage.setScene(new Scene(new PeopleView(model, i18n), 1000, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void choosingAPersonShowsTheirRanksAndArticles(FxRobot robot) {
        ListView<Person> people = robot.lookup("#people-list").queryListView();
        assertThat(people.getItems()).hasSize(2);
        assertThat(robot.lookup("#people-name").queryLabeled().getText()).isEqualTo("Tô Lâm");

        robot.clickOn("#people-filter").write("tran");
        assertThat(people.getItems()).extracting(Person::name).containsExactly("Trần Quốc Tỏ");
        assertThat(robot.lookup("#people-count").queryLabeled().getText()).isEqualTo("1 trên 2 nhân vật");
        robot.clickOn(robot.lookup("#people-list .list-cell").nth(0).<Node>query());

        assertThat(robot.lookup("#people-name").queryLabeled().getText()).isEqualTo("Trần Quốc Tỏ");
        assertThat(robot.lookup("#people-titles").queryLabeled().getText())
                .isEqualTo("Cấp bậc, chức vụ theo thời gian: Trung tướng (17/08/2021) → Thượng tướng (20/11/2024)");
        TableView<Person.Mention> mentions = robot.lookup("#people-mentions").queryTableView();
        assertThat(mentions.getItems()).extracting(Person.Mention::written).containsExactly("Trung tướng Trần Quốc Tỏ", "Thượng tướng Trần Quốc Tỏ");

        robot.clickOn(robot.lookup("#people-mentions .table-cell").match(LabeledMatchers.hasText("Thượng tướng Trần Quốc Tỏ")).<Node>query());
        robot.type(KeyCode.ENTER);
        assertThat(navigator.visits).containsExactly("document " + library.late + " [0,0)");
    }

    private ListView<Person> people(FxRobot robot) {
        return robot.lookup("#people-list").queryListView();
    }

    private void clickPerson(FxRobot robot, String name, KeyCode... modifiers) {
        Node cell = robot.lookup("#people-list .list-cell").match(LabeledMatchers.hasText(org.hamcrest.Matchers.startsWith(name + "  "))).query();
        if (modifiers.length == 0) robot.clickOn(cell);
        else robot.press(modifiers).clickOn(cell).release(modifiers);
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    @Test
    void mergesTwoSelectedPeopleAndUndoesIt(FxRobot robot) {
        clickPerson(robot, "Tô Lâm");
        robot.clickOn("#people-merge");
        assertThat(label(robot, "#people-error")).isEqualTo("Hãy chọn từ hai nhân vật trở lên để gộp (Ctrl+nhấp hoặc Shift+nhấp trong danh sách).");

        clickPerson(robot, "Trần Quốc Tỏ", KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);

        assertThat(people(robot).getItems()).extracting(Person::name).containsExactly("Tô Lâm");
        assertThat(label(robot, "#people-done")).isEqualTo("Đã gộp 2 nhân vật vào Tô Lâm.");
        assertThat(robot.lookup("#people-error").query().isVisible()).isFalse();
        assertThat(robot.lookup("#people-variants").<String>queryListView().getItems()).contains("Trung tướng Trần Quốc Tỏ", "Đại tướng Tô Lâm");

        robot.clickOn("#people-undo");
        assertThat(people(robot).getItems()).extracting(Person::name).containsExactly("Tô Lâm", "Trần Quốc Tỏ");
        assertThat(robot.lookup("#people-undo").query().isVisible()).isFalse();
    }

    @Test
    void renamesInPlaceAndRefusesAnEmptyName(FxRobot robot) {
        clickPerson(robot, "Trần Quốc Tỏ");
        robot.clickOn("#people-rename");
        robot.eraseText(20).write("   ").type(KeyCode.ENTER);
        assertThat(label(robot, "#people-error")).isEqualTo("Tên không được để trống.");

        robot.clickOn("#people-rename-field").eraseText(20).write("Bộ trưởng Trần Quốc Tỏ").type(KeyCode.ENTER);

        assertThat(label(robot, "#people-name")).isEqualTo("Bộ trưởng Trần Quốc Tỏ");
        assertThat(people(robot).getItems()).extracting(Person::name).containsExactly("Bộ trưởng Trần Quốc Tỏ", "Tô Lâm");
        assertThat(label(robot, "#people-done")).isEqualTo("Trần Quốc Tỏ nay mang tên Bộ trưởng Trần Quốc Tỏ.");
    }

    @Test
    void splitsAWrittenFormOffAndShowsPeopleOnTheTimeline(FxRobot robot) {
        clickPerson(robot, "Tô Lâm");
        robot.clickOn("#people-split");
        assertThat(label(robot, "#people-error")).isEqualTo("Hãy chọn trong danh sách cách viết cần tách riêng.");

        robot.clickOn(robot.lookup("#people-variants .list-cell").match(LabeledMatchers.hasText("Chủ tịch nước Tô Lâm")).<Node>query());
        robot.clickOn("#people-split");

        assertThat(people(robot).getItems()).extracting(Person::name).containsExactly("Trần Quốc Tỏ", "Chủ tịch nước Tô Lâm", "Tô Lâm");
        assertThat(label(robot, "#people-done")).isEqualTo("'Chủ tịch nước Tô Lâm' nay là một nhân vật riêng.");
        assertThat(label(robot, "#people-name")).isEqualTo("Tô Lâm");
        assertThat(robot.lookup("#people-variants").<String>queryListView().getItems()).containsExactly("Đại tướng Tô Lâm");

        clickPerson(robot, "Trần Quốc Tỏ", KeyCode.CONTROL);
        robot.clickOn("#people-timeline");
        assertThat(shownOnTimeline).containsExactly(List.of("Trần Quốc Tỏ", "Tô Lâm"));
    }
}
