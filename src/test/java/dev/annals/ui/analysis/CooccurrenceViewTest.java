package dev.annals.ui.analysis;

import dev.annals.logic.analysis.Passage;
import dev.annals.testing.RecordingNavigator;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The co-occurrence view clicked through: choose what to count, open a cell, open a passage, export both files. */
@ExtendWith(ApplicationExtension.class)
class CooccurrenceViewTest {

    @TempDir
    static Path folder;
    CooccurrenceLibrary library;
    RecordingNavigator navigator = new RecordingNavigator();
    Path chosen;

    @Start
    void start(Stage stage) throws Exception {
        Path libraryFolder = Files.createTempDirectory(folder, "lib");
        library = new CooccurrenceLibrary(libraryFolder);
        var i18n = new I18n(Locale.ENGLISH);
        var model = new CooccurrenceViewModel(library.service, new SameThreadBackgroundTasks(), navigator, i18n,
                new FxLibraryChanges(library.lib.changes, Runnable::run), libraryFolder);
        var view = new CooccurrenceView(model, i18n, (owner, title, name) -> Optional.ofNullable(chosen).map(p -> p.resolveSibling(name)));
        model.reload();
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void clickingACellListsThePassagesOfBothThemesSideBySide(FxRobot robot) {
        Button cell = robot.lookup("#cooc-cell-0-1").queryButton();
        assertThat(cell.getText()).isEqualTo("2");
        assertThat(cell.getAccessibleText()).isEqualTo("an ninh × Công an xã: 2 paragraphs");

        robot.clickOn(cell);

        ListView<Passage> first = robot.lookup("#cooccurrence-first").queryListView();
        ListView<Passage> second = robot.lookup("#cooccurrence-second").queryListView();
        assertThat(first.getItems()).extracting(Passage::quote).containsExactly("an xã giữ an ninh", "An ninh trật tự");
        assertThat(second.getItems()).extracting(Passage::quote).containsExactly("Công an xã", "Công an xã");
        assertThat(robot.lookup(".cooccurrence-side-heading").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).containsExactly("an ninh · 2 passages", "Công an xã · 2 passages");

        robot.clickOn(robot.lookup("#cooccurrence-second .list-cell").nth(1).<Node>query());
        robot.type(KeyCode.ENTER);
        assertThat(navigator.visits).containsExactly("document " + library.second + " [19,29)");
    }

    @Test
    void choosingOverlapCountsOverlappingPairs(FxRobot robot) {
        ComboBox<?> by = robot.lookup("#cooccurrence-by").queryComboBox();
        robot.clickOn(by);
        robot.clickOn("Overlapping passages");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#cooc-cell-0-1").queryButton().getText()).isEqualTo("1");
        assertThat(robot.lookup("#cooc-cell-0-2").queryButton().getText()).isEqualTo("0");
        assertThat(robot.lookup("#cooc-cell-0-0").queryButton().getAccessibleText()).isEqualTo("an ninh × an ninh: 3 overlapping pairs");
        robot.clickOn("#cooccurrence-year").write("2021");
        assertThat(robot.lookup("#cooc-cell-1-1").queryButton().getText()).isEqualTo("1");
        assertThat(robot.lookup("#cooc-cell-0-2").tryQuery()).isEmpty();
    }

    @Test
    void exportsTheTableAndThePicture(FxRobot robot) throws Exception {
        chosen = Files.createTempDirectory(folder, "out").resolve("x");
        robot.clickOn("#cooccurrence-csv");
        WaitForAsyncUtils.waitForFxEvents();
        Path csv = chosen.resolveSibling("cooccurrence.csv");
        assertThat(Files.readString(csv)).startsWith("paragraph,an ninh,Công an xã,chuyển đổi số\r\n");
        assertThat(robot.lookup("#cooccurrence-message").queryLabeled().getText()).isEqualTo("Saved " + csv.toAbsolutePath());

        robot.clickOn("#cooccurrence-png");
        WaitForAsyncUtils.waitForFxEvents();
        byte[] png = Files.readAllBytes(chosen.resolveSibling("cooccurrence.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }
}
