package dev.annals.ui.annotate;

import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.model.Annotation;
import dev.annals.model.Theme;
import dev.annals.testing.AnnotateLibrary;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
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
class ThemesViewTest {

    AnnotateLibrary lib;
    AnnotateServices services;
    RecordingNavigator navigator = new RecordingNavigator();
    ThemesView view;
    long doc;
    Theme commune;
    Annotation tagged;

    @Start
    void start(Stage stage) {
        try {
            lib = new AnnotateLibrary(Files.createTempDirectory("annals-themes-view"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        services = lib.services;
        doc = lib.addDocument("Hội nghị Công an toàn quốc", "2021-01-12",
                "Bộ trưởng yêu cầu xây dựng Công an xã chính quy, bảo đảm an ninh trật tự ở cơ sở.");
        services.themes().create("an ninh trật tự", null, null, "Security and order");
        commune = services.themes().create("Công an xã", null, null, "Commune police");
        services.themes().create("thi đua khen thưởng", null, null, "Emulation and awards");
        tagged = services.annotations().tagQuote(doc, commune.id(), "Công an xã chính quy", 1, "lực lượng cơ sở");
        var model = new ThemesViewModel(services, new SameThreadBackgroundTasks(), navigator, I18n.forLanguage("en"), new FxLibraryChanges(lib.changes, Runnable::run));
        view = new ThemesView(model, I18n.forLanguage("en"));
        stage.setScene(new Scene(view, 1000, 640));
        stage.show();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void clickingPassageInThemeBrowserOpensReaderAtItsRange(FxRobot robot) {
        robot.clickOn("Công an xã");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.summary.getText()).isEqualTo("1 passage in 1 document");

        robot.clickOn("“Công an xã chính quy”");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(navigator.opened).containsExactly(new RecordingNavigator.Opened(doc, tagged.anchor().start(), tagged.anchor().end()));
        assertThat(tagged.anchor().start()).isEqualTo(27);
    }

    @Test
    void deleteKeyRemovesUnusedThemeAndShortcutUndoesIt(FxRobot robot) {
        robot.clickOn("thi đua khen thưởng");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.themeList.getItems()).extracting(r -> r.theme().name()).doesNotContain("thi đua khen thưởng");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.themeList.getItems()).extracting(r -> r.theme().name()).contains("thi đua khen thưởng");
    }

    @Test
    void showsOrphanWithItsNoteAfterPassageRemovedFromText(FxRobot robot) {
        robot.interact(() -> services.textCorrection().correctText(doc, "Bộ trưởng yêu cầu bảo đảm an ninh trật tự ở cơ sở."));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.orphanList.getItems()).singleElement().satisfies(o -> assertThat(o.annotation().note()).isEqualTo("lực lượng cơ sở"));
        assertThat(robot.lookup("— lực lượng cơ sở").tryQuery()).isPresent();
        robot.clickOn("— lực lượng cơ sở").clickOn("Open document");
        assertThat(navigator.opened).containsExactly(new RecordingNavigator.Opened(doc, 0, 0));
    }

    @Test
    void aClickedThemeStaysSelectedWhenTheCodebookIsReadAgain(FxRobot robot) {
        robot.clickOn("Công an xã");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> services.annotations().tagQuote(doc, commune.id(), "Bộ trưởng", 1, null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.themeList.getSelectionModel().getSelectedItems()).extracting(ThemeRow::id).containsExactly(commune.id());
        assertThat(view.summary.getText()).isEqualTo("2 passages in 1 document");
        assertThat(view.themeList.getSelectionModel().getSelectedItem().count()).isEqualTo(2);
    }

    @Test
    void arrowKeysAndControlClickChooseWhichThemesToBrowse(FxRobot robot) {
        robot.clickOn("an ninh trật tự").type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.themeList.getSelectionModel().getSelectedItem().id()).isEqualTo(commune.id());
        assertThat(view.summary.getText()).isEqualTo("1 passage in 1 document");
        robot.press(KeyCode.CONTROL).clickOn("thi đua khen thưởng").release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.themeList.getSelectionModel().getSelectedItems()).hasSize(2);
        assertThat(view.summary.getText()).isEqualTo("1 passage in 1 document");
        robot.clickOn("thi đua khen thưởng");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.summary.getText()).isEqualTo("No passages in no document");
    }
}
