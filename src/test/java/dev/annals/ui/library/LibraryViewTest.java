package dev.annals.ui.library;

import atlantafx.base.theme.PrimerLight;
import dev.annals.app.TestLibraries;
import dev.annals.logic.LibrarySession;
import dev.annals.model.DocumentSummary;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The library view through its controls: filtering, opening, deleting after a confirm, the original file. */
@ExtendWith(ApplicationExtension.class)
class LibraryViewTest {

    private LibrarySession session;
    private final List<Long> opened = new ArrayList<>();
    private final List<String> uris = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = TestLibraries.openSeeded(Files.createTempDirectory("annals-library-view"));
        LibraryViewModel model = new LibraryViewModel(session.documents(), session.importer(), session.undoHistory(), new SameThreadBackgroundTasks(),
                I18n.forLanguage("en"), new FxLibraryChanges(session.changes(), Runnable::run));
        RecordingNavigator navigator = new RecordingNavigator(opened);
        LibraryView view = new LibraryView(model, I18n.forLanguage("en"), navigator, FilePicker.answering(List.of()), uris::add);
        model.reload();
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1100, 640));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private TableView<DocumentSummary> table(FxRobot robot) {
        return robot.lookup("#libraryTable").queryTableView();
    }

    @Test
    void typingInTheFilterNarrowsTheTableAndTheCountSaysHowMuch(FxRobot robot) {
        robot.clickOn("#filterField").write("gan dan");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).singleElement().satisfies(d -> assertThat(d.title()).startsWith("Công an xã"));
        assertThat(robot.lookup("#visibleCountLabel").queryLabeled().getText()).isEqualTo("1 of 5");
        robot.type(KeyCode.ESCAPE);
        assertThat(table(robot).getItems()).hasSize(5);
        robot.clickOn("#filterField").write("khong co dau");
        assertThat(robot.lookup("#noMatchLabel").tryQuery()).isPresent();
    }

    @Test
    void enterOpensTheSelectedDocument(FxRobot robot) {
        robot.clickOn("#filterField").type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(opened).containsExactly(table(robot).getItems().get(0).id());
    }

    @Test
    void deleteAsksFirstAndCancelIsTheDefault(FxRobot robot) {
        robot.clickOn("#filterField").type(KeyCode.DOWN);
        robot.type(KeyCode.DELETE);
        assertThat(robot.lookup("#deleteDialog").tryQuery()).isPresent();
        assertThat(robot.lookup("No annotation goes with them. This cannot be undone.").tryQuery()).isPresent();
        robot.type(KeyCode.ENTER);
        assertThat(table(robot).getItems()).hasSize(5);

        robot.clickOn("#deleteButton");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "Delete".equals(b.getText())).findFirst().orElseThrow());
        assertThat(table(robot).getItems()).hasSize(4);
        assertThat(session.documents().count()).isEqualTo(4);
    }

    @Test
    void showOriginalDisplaysTheImportedFileAndOffersToOpenIt(FxRobot robot) {
        robot.clickOn("#filterField").type(KeyCode.DOWN);
        robot.clickOn("#originalButton");
        TextArea original = robot.lookup("#originalText").queryAs(TextArea.class);
        long id = table(robot).getSelectionModel().getSelectedItem().id();
        String stored = session.documents().find(id).orElseThrow().text();
        assertThat(original.getText()).contains(stored.substring(0, 40));
        robot.clickOn("Open with the system app");
        assertThat(uris).singleElement().asString().startsWith("file:");
    }

    @Test
    void openAndOriginalNeedExactlyOneDocument(FxRobot robot) {
        assertThat(robot.lookup("#openButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#filterField").type(KeyCode.DOWN);
        assertThat(robot.lookup("#openButton").queryButton().isDisabled()).isFalse();
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(robot.lookup("#openButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#deleteButton").queryButton().isDisabled()).isFalse();
    }
}
