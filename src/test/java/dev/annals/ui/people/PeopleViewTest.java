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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The people view clicked through in Vietnamese: filter, choose a person, read their ranks, open an article. */
@ExtendWith(ApplicationExtension.class)
class PeopleViewTest {

    @TempDir
    static Path folder;
    PeopleLibrary library;
    RecordingNavigator navigator = new RecordingNavigator();

    @Start
    void start(Stage stage) throws Exception {
        library = new PeopleLibrary(Files.createTempDirectory(folder, "lib"));
        I18n i18n = I18n.forLanguage("vi");
        var model = new PeopleViewModel(library.index, new SameThreadBackgroundTasks(), navigator, i18n,
                new FxLibraryChanges(library.lib.changes, Runnable::run));
        model.reload();
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

        robot.clickOn("Thượng tướng Trần Quốc Tỏ");
        robot.type(KeyCode.ENTER);
        assertThat(navigator.visits).containsExactly("document " + library.late + " [0,0)");
    }
}
