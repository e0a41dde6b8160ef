package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.testing.RecordingNavigator;
import dev.annals.ui.annotate.ThemesView;
import dev.annals.ui.annotate.ThemesViewModel;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class RemoveExamplesGuiTest {

    LibrarySession session;

    @Start
    void start(Stage stage) {
        try {
            session = TestLibraries.openFirstLibrary(Files.createTempDirectory("annals-examples"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var model = new ThemesViewModel(session.annotate(), new SameThreadBackgroundTasks(), new RecordingNavigator(), I18n.forLanguage("en"),
                new FxLibraryChanges(session.changes(), Runnable::run));
        stage.setScene(new Scene(new ThemesView(model, I18n.forLanguage("en")), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void browsedExamplesAreTaggedAndOneClickRemovesThemAllUndoably(FxRobot robot) {
        Node bar = robot.lookup("#examplesBar").query();
        assertThat(bar.isVisible()).isTrue();
        assertThat(robot.lookup("#examplesText").queryAs(Label.class).getText()).contains("12 example annotations");

        robot.clickOn("an ninh trật tự");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> passages = robot.lookup("#passageList").queryAs(ListView.class);
        assertThat(robot.from(passages).lookup(".example-tag").queryAll()).isNotEmpty();

        robot.clickOn("#removeExamples");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.annotations().count()).isZero();
        assertThat(bar.isVisible()).isFalse();
        assertThat(robot.from(passages).lookup(".example-tag").queryAll()).isEmpty();

        robot.clickOn("#themesUndo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.annotations().count()).isEqualTo(12);
        assertThat(bar.isVisible()).isTrue();
    }
}
